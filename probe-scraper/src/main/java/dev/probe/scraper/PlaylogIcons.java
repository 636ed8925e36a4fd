package dev.probe.scraper;

import java.util.List;
import java.util.Set;

/** Icon names of the record list and play detail ({@code img/playlog/}), MAIMAI-RULES §4.2. */
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
}
