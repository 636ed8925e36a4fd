package dev.probe.store;

import dev.probe.core.domain.ComboFlag;
import dev.probe.core.domain.Rank;
import dev.probe.core.domain.SyncFlag;
import java.util.List;

/**
 * The smallint codes under which ranks and FC/AP and sync marks are stored, worst first. They are
 * written out here, not taken from {@code ordinal()}, so that a new constant in the core cannot
 * silently shift what the archive already holds (a test checks every constant has its code).
 */
final class Codes {

  private static final List<String> RANKS =
      List.of(
          "D",
          "C",
          "B",
          "BB",
          "BBB",
          "A",
          "AA",
          "AAA",
          "S",
          "S_PLUS",
          "SS",
          "SS_PLUS",
          "SSS",
          "SSS_PLUS");
  private static final List<String> COMBOS = List.of("NONE", "FC", "FCP", "AP", "APP");
  private static final List<String> SYNCS = List.of("NONE", "SYNC", "FS", "FSP", "FDX", "FDXP");

  /** The constants by code, so that reading thousands of rows looks each up in an array. */
  private static final Rank[] RANK_BY_CODE = RANKS.stream().map(Rank::valueOf).toArray(Rank[]::new);

  private static final ComboFlag[] COMBO_BY_CODE =
      COMBOS.stream().map(ComboFlag::valueOf).toArray(ComboFlag[]::new);
  private static final SyncFlag[] SYNC_BY_CODE =
      SYNCS.stream().map(SyncFlag::valueOf).toArray(SyncFlag[]::new);

  private Codes() {}

  static short rank(Rank r) {
    return code(RANKS, r.name());
  }

  static Rank rank(short code) {
    return RANK_BY_CODE[code];
  }

  static short combo(ComboFlag c) {
    return code(COMBOS, c.name());
  }

  static ComboFlag combo(short code) {
    return COMBO_BY_CODE[code];
  }

  static short sync(SyncFlag s) {
    return code(SYNCS, s.name());
  }

  static SyncFlag sync(short code) {
    return SYNC_BY_CODE[code];
  }

  private static short code(List<String> names, String name) {
    int i = names.indexOf(name);
    if (i < 0) {
      throw new IllegalStateException("no stored code for " + name + ": add one to Codes");
    }
    return (short) i;
  }
}
