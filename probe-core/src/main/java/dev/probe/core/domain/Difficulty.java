package dev.probe.core.domain;

import java.util.Optional;

/** Chart difficulties with NET's {@code diff} index and the name NET uses in its image files. */
public enum Difficulty {
  BASIC(0, "basic", "BASIC"),
  ADVANCED(1, "advanced", "ADVANCED"),
  EXPERT(2, "expert", "EXPERT"),
  MASTER(3, "master", "MASTER"),
  REMASTER(4, "remaster", "Re:MASTER"),
  UTAGE(10, "utage", "U·TA·GE");

  private final int netIndex;
  private final String netName;
  private final String label;

  Difficulty(int netIndex, String netName, String label) {
    this.netIndex = netIndex;
    this.netName = netName;
    this.label = label;
  }

  /** NET's {@code diff} query value (0–4, 10 for utage). */
  public int netIndex() {
    return netIndex;
  }

  /** The name in NET's {@code diff_<name>.png} and {@code music_<name>_score_back}. */
  public String netName() {
    return netName;
  }

  /** How players write it. */
  public String label() {
    return label;
  }

  public static Optional<Difficulty> ofNetName(String name) {
    for (Difficulty d : values()) {
      if (d.netName.equals(name)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  public static Optional<Difficulty> ofNetIndex(int index) {
    for (Difficulty d : values()) {
      if (d.netIndex == index) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }
}
