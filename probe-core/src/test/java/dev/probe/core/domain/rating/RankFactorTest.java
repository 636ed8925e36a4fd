package dev.probe.core.domain.rating;

import static org.assertj.core.api.Assertions.assertThat;

import dev.probe.core.domain.Achievement;
import dev.probe.core.domain.Rank;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** MAIMAI-RULES §1.1 and §1.2: every row of the factor table, its edges, and the letters. */
class RankFactorTest {

  @ParameterizedTest(name = "{0}% → factor {1}, rank {2}")
  @CsvSource({
    "0.0000, 0, D",
    "9.9999, 0, D",
    "10.0000, 16, D",
    "20.0000, 32, D",
    "30.0000, 48, D",
    "40.0000, 64, D",
    "49.9999, 64, D",
    "50.0000, 80, C",
    "60.0000, 96, B",
    "70.0000, 112, BB",
    "75.0000, 120, BBB",
    "79.9998, 120, BBB",
    "79.9999, 128, BBB",
    "80.0000, 136, A",
    "90.0000, 152, AA",
    "94.0000, 168, AAA",
    "96.9998, 168, AAA",
    "96.9999, 176, AAA",
    "97.0000, 200, S",
    "98.0000, 203, S_PLUS",
    "98.9998, 203, S_PLUS",
    "98.9999, 206, S_PLUS",
    "99.0000, 208, SS",
    "99.5000, 211, SS_PLUS",
    "99.9998, 211, SS_PLUS",
    "99.9999, 214, SS_PLUS",
    "100.0000, 216, SSS",
    "100.4998, 216, SSS",
    "100.4999, 222, SSS",
    "100.5000, 224, SSS_PLUS",
    "101.0000, 224, SSS_PLUS"
  })
  void factorAndLetterFollowTheTable(String achievement, int factorTenths, Rank rank) {
    Achievement a = Achievement.parse(achievement);
    assertThat(RankFactor.tenths(a)).isEqualTo(factorTenths);
    assertThat(Rank.of(a)).isEqualTo(rank);
  }
}
