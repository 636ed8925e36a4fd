package dev.probe.core.domain.catalog;

import dev.probe.core.domain.GameVersion;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Version names as catalogues write them ("maimai でらっくす PRiSM PLUS", "maimaiでらっくす", "maimai GreeN",
 * "FiNALE") mapped to {@link GameVersion}.
 */
final class VersionNames {

  private static final Map<String, GameVersion> BY_KEY = new HashMap<>();

  static {
    for (GameVersion v : GameVersion.values()) {
      BY_KEY.put(key(v.label()), v);
    }
  }

  private VersionNames() {}

  static Optional<GameVersion> of(String name) {
    return Optional.ofNullable(BY_KEY.get(key(name)));
  }

  /**
   * Drops spaces, case and the "maimai" prefix, but keeps "でらっくす" apart: "maimai" alone is the
   * first version, "maimai でらっくす" the DX one.
   */
  private static String key(String name) {
    String k = name.replaceAll("[\\s\\u3000]", "").toLowerCase(Locale.ROOT);
    boolean dx = k.contains("でらっくす");
    k = k.replace("でらっくす", "");
    if (k.startsWith("maimai")) {
      k = k.substring("maimai".length());
    }
    if (k.isEmpty() || k.equals("plus")) {
      return (dx ? "dx" : "") + (k.isEmpty() ? "base" : "plus");
    }
    return k;
  }
}
