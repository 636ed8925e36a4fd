package dev.probe.core.domain;

/**
 * Which song a title means. The title is kept exactly (one title is a single U+3000); the variant
 * tells apart songs that share a title ("Link" twice, several utage charts of one name) and is ""
 * for every other song.
 */
public record SongKey(String title, String variant) implements Comparable<SongKey> {
  public SongKey {
    if (title == null || title.isEmpty()) {
      throw new IllegalArgumentException("a song needs a title");
    }
    if (variant == null || variant.indexOf('|') >= 0) {
      throw new IllegalArgumentException("bad variant: " + variant);
    }
  }

  public static SongKey of(String title) {
    return new SongKey(title, "");
  }

  @Override
  public int compareTo(SongKey o) {
    int c = title.compareTo(o.title);
    return c != 0 ? c : variant.compareTo(o.variant);
  }
}
