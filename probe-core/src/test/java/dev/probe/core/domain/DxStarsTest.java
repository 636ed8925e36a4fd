package dev.probe.core.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** MAIMAI-RULES §3 and the sample's cut-offs for 19004 MASTER (max 2721). */
class DxStarsTest {

  @ParameterizedTest(name = "{0} / 2721 → {1} stars")
  @CsvSource({
    "0, 0", "2312, 0", "2313, 1", "2448, 1", "2449, 2", "2530, 2", "2531, 3", "2584, 3", "2585, 4",
    "2639, 4", "2640, 5", "2721, 5"
  })
  void starsByRatio(int score, int stars) {
    assertThat(new DxScore(score, 2721).stars()).isEqualTo(stars);
  }
}
