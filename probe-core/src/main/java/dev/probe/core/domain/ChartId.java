package dev.probe.core.domain;

import java.util.Comparator;

/**
 * The stable identity of one chart: song, type and difficulty. Its text form ({@link #asString()})
 * is what stores and URLs use: {@code DX|MASTER|<variant>|<title>}, title last so that any
 * character may stand in it.
 */
public record ChartId(SongKey song, ChartType type, Difficulty difficulty)
    implements Comparable<ChartId> {

  private static final Comparator<ChartId> ORDER =
      Comparator.comparing(ChartId::song)
          .thenComparing(ChartId::type)
          .thenComparing(ChartId::difficulty);

  public ChartId {
    java.util.Objects.requireNonNull(song, "song");
    java.util.Objects.requireNonNull(type, "type");
    java.util.Objects.requireNonNull(difficulty, "difficulty");
  }

  public static ChartId of(String title, ChartType type, Difficulty difficulty) {
    return new ChartId(SongKey.of(title), type, difficulty);
  }

  public String asString() {
    return type.name() + "|" + difficulty.name() + "|" + song.variant() + "|" + song.title();
  }

  /** Reads {@link #asString()} back; a malformed id is the caller's input error. */
  public static ChartId parse(String text) {
    String[] parts = text.split("\\|", 4);
    if (parts.length != 4 || parts[3].isEmpty()) {
      throw ProbeException.invalid("not a chart id: '" + text + "'");
    }
    try {
      return new ChartId(
          new SongKey(parts[3], parts[2]),
          ChartType.valueOf(parts[0]),
          Difficulty.valueOf(parts[1]));
    } catch (IllegalArgumentException e) {
      throw ProbeException.invalid("not a chart id: '" + text + "'");
    }
  }

  @Override
  public int compareTo(ChartId o) {
    return ORDER.compare(this, o);
  }

  @Override
  public String toString() {
    return asString();
  }
}
