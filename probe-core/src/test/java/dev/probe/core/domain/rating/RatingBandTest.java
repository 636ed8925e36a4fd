package dev.probe.core.domain.rating;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** MAIMAI-RULES §2.3: bands keyed on the number, both edges of each. */
class RatingBandTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "0, NORMAL",
    "999, NORMAL",
    "1000, BLUE",
    "1999, BLUE",
    "2000, GREEN",
    "3999, GREEN",
    "4000, ORANGE",
    "6999, ORANGE",
    "7000, RED",
    "9999, RED",
    "10000, PURPLE",
    "11999, PURPLE",
    "12000, BRONZE",
    "12999, BRONZE",
    "13000, SILVER",
    "13999, SILVER",
    "14000, GOLD",
    "14499, GOLD",
    "14500, PLATINUM",
    "14999, PLATINUM",
    "15000, RAINBOW",
    "15999, RAINBOW",
    "16000, RAINBOW_KIWAMI",
    "17500, RAINBOW_KIWAMI"
  })
  void bandFollowsTheRating(int rating, RatingBand band) {
    assertThat(RatingBand.of(rating)).isEqualTo(band);
  }
}
