package dev.probe.core.domain;

import java.util.Optional;

/** Rank letters by achievement, with the names NET uses for their icons on each kind of page. */
public enum Rank {
  D(0, "D", "d", "d"),
  C(500_000, "C", "c", "c"),
  B(600_000, "B", "b", "b"),
  BB(700_000, "BB", "bb", "bb"),
  BBB(750_000, "BBB", "bbb", "bbb"),
  A(800_000, "A", "a", "a"),
  AA(900_000, "AA", "aa", "aa"),
  AAA(940_000, "AAA", "aaa", "aaa"),
  S(970_000, "S", "s", "s"),
  S_PLUS(980_000, "S+", "sp", "splus"),
  SS(990_000, "SS", "ss", "ss"),
  SS_PLUS(995_000, "SS+", "ssp", "ssplus"),
  SSS(1_000_000, "SSS", "sss", "sss"),
  SSS_PLUS(1_005_000, "SSS+", "sssp", "sssplus");

  private final int from;
  private final String label;
  private final String listKey;
  private final String recordKey;

  Rank(int from, String label, String listKey, String recordKey) {
    this.from = from;
    this.label = label;
    this.listKey = listKey;
    this.recordKey = recordKey;
  }

  /** The lowest achievement (ten-thousandths) of this rank. */
  public int from() {
    return from;
  }

  /** How players write it: {@code SSS+}. */
  public String label() {
    return label;
  }

  /** Icon name on score lists and musicDetail: {@code music_icon_<key>}. */
  public String listKey() {
    return listKey;
  }

  /** Icon name on the record list: {@code playlog/<key>.png}. */
  public String recordKey() {
    return recordKey;
  }

  /** The rank of an achievement on a normal chart. */
  public static Rank of(Achievement achievement) {
    Rank result = D;
    for (Rank r : values()) {
      if (achievement.value() >= r.from) {
        result = r;
      }
    }
    return result;
  }

  public static Optional<Rank> ofLabel(String label) {
    for (Rank r : values()) {
      if (r.label.equals(label)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /** Accepts either page's icon name ({@code sp} or {@code splus}). */
  public static Optional<Rank> ofIconName(String name) {
    for (Rank r : values()) {
      if (r.listKey.equals(name) || r.recordKey.equals(name)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
