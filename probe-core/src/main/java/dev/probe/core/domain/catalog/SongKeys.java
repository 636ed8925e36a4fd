package dev.probe.core.domain.catalog;

import dev.probe.core.domain.ChartIds;
import dev.probe.core.domain.ChartType;
import dev.probe.core.domain.SongKey;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Gives every song of one catalogue its own key. Titles are kept exactly; a second song of the same
 * title and chart type (the two "Link"s) is told apart by its genre, the way {@link ChartIds} tells
 * NET pages apart: {@code niconico} for the niconico genre, else the genre's first word.
 */
final class SongKeys {

  private final Set<String> taken = new HashSet<>();

  SongKey of(String title, String genre, ChartType type) {
    SongKey key = ChartIds.ofCatalogTitle(title);
    if (claim(key, type)) {
      return key;
    }
    SongKey byGenre = new SongKey(key.title(), genreVariant(genre));
    if (claim(byGenre, type)) {
      return byGenre;
    }
    for (int n = 2; ; n++) {
      SongKey numbered = new SongKey(key.title(), byGenre.variant() + "#" + n);
      if (claim(numbered, type)) {
        return numbered;
      }
    }
  }

  /** Utage charts: variant = level label (plus {@code :buddy}), see {@link ChartIds}. */
  SongKey utage(String title, String level, boolean buddy) {
    SongKey key = new SongKey(title, ChartIds.utageVariant(level, buddy));
    for (int n = 2; !claim(key, ChartType.DX); n++) {
      key = new SongKey(title, ChartIds.utageVariant(level, buddy) + "#" + n);
    }
    return key;
  }

  private boolean claim(SongKey key, ChartType type) {
    return taken.add(type + "|" + key.variant() + "|" + key.title());
  }

  private static String genreVariant(String genre) {
    String g = genre.toLowerCase(Locale.ROOT).strip();
    if (g.startsWith("niconico")) {
      return "niconico";
    }
    String first = g.split("[\\s&＆/]", 2)[0];
    return first.isEmpty() ? "other" : first;
  }
}
