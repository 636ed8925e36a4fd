package dev.probe.core.domain;

import java.util.Optional;

/** FULL COMBO and ALL PERFECT marks, worst first so that {@code compareTo} orders them. */
public enum ComboFlag {
  NONE("", ""),
  FC("FC", "fc"),
  FCP("FC+", "fcp"),
  AP("AP", "ap"),
  APP("AP+", "app");

  private final String label;
  private final String key;

  ComboFlag(String label, String key) {
    this.label = label;
    this.key = key;
  }

  public String label() {
    return label;
  }

  /** The lower-case key used by NET score lists and the public trackers ({@code fcp}). */
  public String key() {
    return key;
  }

  public boolean isAllPerfect() {
    return this == AP || this == APP;
  }

  /** Accepts every icon alias: {@code fc fcp fcplus ap app applus}, dummies and {@code back}. */
  public static Optional<ComboFlag> ofIconName(String name) {
    switch (name) {
      case "fc_dummy":
      case "back":
      case "blank":
        return Optional.of(NONE);
      case "fc":
        return Optional.of(FC);
      case "fcp":
      case "fcplus":
        return Optional.of(FCP);
      case "ap":
        return Optional.of(AP);
      case "app":
      case "applus":
        return Optional.of(APP);
      default:
        return Optional.empty();
    }
  }

  public static ComboFlag better(ComboFlag a, ComboFlag b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
