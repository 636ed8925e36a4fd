package dev.probe.scraper;

import dev.probe.core.domain.ComboFlag;
import dev.probe.core.domain.SyncFlag;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/** Icons of the record list and play detail ({@code img/playlog/}), MAIMAI-RULES §4.2. */
final class PlaylogIcons {

  /** FC slot: the dummy is "none"; {@code fcp}/{@code app} are accepted as aliases. */
  static final Set<String> COMBO = Set.of("fc_dummy", "fc", "fcplus", "fcp", "ap", "applus", "app");

  /** Sync slot: {@code fsd}/{@code fsdplus} are FDX/FDX+; older pages use {@code fs_dummy}. */
  static final Set<String> SYNC =
      Set.of(
          "sync_dummy",
          "fs_dummy",
          "sync",
          "fs",
          "fsplus",
          "fsp",
          "fsd",
          "fsdplus",
          "fdx",
          "fdxp",
          "fdxplus",
          "fsdp");

  static final List<String> PLACES = List.of("1st", "2nd", "3rd", "4th");

  private PlaylogIcons() {}

  static int starCount(String name, String kind, String where) {
    if (name.length() == 8
        && name.startsWith("dxstar_")
        && name.charAt(7) >= '1'
        && name.charAt(7) <= '5') {
      return name.charAt(7) - '0';
    }
    throw Pages.unreadable(kind, where + " has an unknown DX star icon");
  }

  static ComboFlag combo(Element inner, String kind, String where) {
    ComboFlag found = null;
    for (Element img : inner.children()) {
      String name = Icons.name(img);
      if (img.nameIs("img") && COMBO.contains(name)) {
        if (found != null) {
          throw Pages.unreadable(kind, where + " has two FC icons");
        }
        found = ComboFlag.ofIconName(name).orElseThrow();
      }
    }
    if (found == null) {
      throw Pages.unreadable(kind, where + " has no FC icon");
    }
    return found;
  }

  static SyncFlag sync(Element inner, String kind, String where) {
    SyncFlag found = null;
    for (Element img : inner.children()) {
      String name = Icons.name(img);
      if (img.nameIs("img") && SYNC.contains(name)) {
        if (found != null) {
          throw Pages.unreadable(kind, where + " has two sync icons");
        }
        found = SyncFlag.ofIconName(name).orElseThrow();
      }
    }
    if (found == null) {
      throw Pages.unreadable(kind, where + " has no sync icon");
    }
    return found;
  }

  static int place(Element icon, String kind, String where) {
    if (icon == null) {
      return 0;
    }
    int place = PLACES.indexOf(Icons.name(icon)) + 1;
    if (place == 0) {
      throw Pages.unreadable(kind, where + " has an unknown place icon");
    }
    return place;
  }

  static String vsKind(Element vs, String kind, String where) {
    String name = Icons.name(vs);
    if (!name.equals("vs") && !name.equals("boss")) {
      throw Pages.unreadable(kind, where + " has an unknown battle icon");
    }
    return name;
  }
}
