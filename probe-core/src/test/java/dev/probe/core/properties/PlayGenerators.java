package dev.probe.core.properties;

import dev.probe.core.domain.ChartRef;
import dev.probe.core.domain.ChartType;
import dev.probe.core.domain.ComboFlag;
import dev.probe.core.domain.Difficulty;
import dev.probe.core.domain.Play;
import dev.probe.core.domain.SyncFlag;
import dev.probe.core.testing.TestData;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Random plays of one player over a few charts, each at its own second. */
final class PlayGenerators {

  static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

  private PlayGenerators() {}

  static Arbitrary<ChartRef> charts() {
    return Arbitraries.integers()
        .between(0, 11)
        .map(
            i ->
                new ChartRef(
                    "Song " + (i / 4),
                    i % 2 == 0 ? ChartType.DX : ChartType.STD,
                    Difficulty.values()[i % 4 + 1],
                    (10 + i / 2) + (i % 3 == 0 ? "+" : ""),
                    "",
                    "",
                    ""));
  }

  static Arbitrary<Play> play() {
    return Combinators.combine(
            charts(),
            Arbitraries.integers().between(0, 5_000_000),
            Arbitraries.integers().between(800_000, 1_010_000),
            Arbitraries.integers().between(0, 3000),
            Arbitraries.of(ComboFlag.NONE, ComboFlag.FC, ComboFlag.FCP),
            Arbitraries.of(SyncFlag.values()))
        .as(
            (chart, second, achievement, dx, combo, sync) ->
                TestData.play(chart, START.plusSeconds(second))
                    .achievement(achievement)
                    .dx(dx, 3000)
                    .combo(
                        achievement >= 1_005_000 && combo == ComboFlag.FCP ? ComboFlag.AP : combo)
                    .sync(sync)
                    .build());
  }

  /** Plays with distinct keys (the key is the second). */
  static Arbitrary<List<Play>> plays(int max) {
    return play().list().ofMaxSize(max).uniqueElements(Play::key);
  }
}
