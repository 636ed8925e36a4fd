package dev.probe.core.domain.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.probe.core.domain.Achievement;
import dev.probe.core.domain.ComboFlag;
import dev.probe.core.domain.InternalLevel;
import dev.probe.core.domain.ProbeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** MAIMAI-RULES §1.3–§1.5 and the expected values of shared/data/README.md §5. */
class ChartRatingFormulaTest {

  @ParameterizedTest(name = "ds {0} at {1}% → {2}")
  @CsvSource({
    // §1.5 worked examples
    "148, 100.5000, 333",
    "148, 101.0000, 333",
    "150, 101.0000, 337",
    "137, 99.5000, 287",
    "126, 100.4999, 281",
    "140, 99.9999, 299",
    "140, 100.0000, 302",
    "140, 96.9999, 239",
    "140, 97.0000, 271",
    "130, 79.9999, 133",
    "130, 80.0000, 141",
    // dxrating's tests quoted in §1.5
    "140, 100.5000, 315",
    "130, 100.5000, 292",
    "140, 99.5000, 293",
    // the sample catalogue's expected values (data/README.md §5)
    "146, 100.7000, 328",
    "141, 99.5000, 296",
    "135, 100.4999, 301",
    "132, 96.9999, 225",
    "127, 99.9999, 271",
    "129, 98.0000, 256",
    "123, 79.9999, 125",
    // edges
    "10, 0.0000, 0",
    "160, 101.0000, 360"
  })
  void ratingIsTheFlooredIntegerProduct(int dsTenths, String achievement, int rating) {
    InternalLevel ds = InternalLevel.exact(dsTenths);
    Achievement a = Achievement.parse(achievement);
    assertThat(ChartRatingFormula.base(ds, a)).isEqualTo(rating);
    assertThat(ChartRatingFormula.rating(ds, a, ComboFlag.FC, true)).isEqualTo(rating);
  }

  @ParameterizedTest(name = "ds {0} at {1}% with {2}: {3} without bonus, {4} with")
  @CsvSource({
    "148, 100.5000, AP, 333, 334",
    "148, 101.0000, APP, 333, 334",
    "150, 101.0000, AP, 337, 338",
    // §1.5 says "282 if AP" beside 12.6 at 100.4999, but an AP reaches 100.5000 (then 283 + 1)
    "126, 100.5000, AP, 283, 284",
    "148, 100.5000, FCP, 333, 333",
    "148, 100.5000, FC, 333, 333",
    "148, 100.5000, NONE, 333, 333"
  })
  void allPerfectAddsOneAfterTheFloorOnlyWhereTheBonusApplies(
      int dsTenths, String achievement, ComboFlag combo, int without, int with) {
    InternalLevel ds = InternalLevel.exact(dsTenths);
    Achievement a = Achievement.parse(achievement);
    assertThat(ChartRatingFormula.rating(ds, a, combo, false)).isEqualTo(without);
    assertThat(ChartRatingFormula.rating(ds, a, combo, true)).isEqualTo(with);
  }

  @Test
  void anAllPerfectBelowTheBreakBonusFloorIsRejected() {
    assertThatThrownBy(
            () ->
                ChartRatingFormula.rating(
                    InternalLevel.exact(137), Achievement.parse("99.5000"), ComboFlag.AP, true))
        .isInstanceOf(ProbeException.class)
        .hasMessageContaining("100.5000%")
        .extracting(e -> ((ProbeException) e).kind())
        .isEqualTo(ProbeException.Kind.INVALID_INPUT);
  }

  @Test
  void theIntegerFormulaMatchesTheExactDecimalProductEverywhere() {
    // Constants 1.0–15.0 and 94.0000–101.0000 in steps of 0.0031: floor in exact decimals
    // (BigDecimal) equals the integer form.
    java.util.List<String> mismatches = new java.util.ArrayList<>();
    for (int ds = 10; ds <= 150; ds++) {
      for (int a = 940_000; a <= 1_010_000; a += 31) {
        Achievement ach = new Achievement(a);
        int exact =
            java.math.BigDecimal.valueOf(RankFactor.tenths(ach), 1)
                .multiply(java.math.BigDecimal.valueOf(ds, 1))
                .multiply(java.math.BigDecimal.valueOf(Math.min(a, 1_005_000), 4))
                .divide(java.math.BigDecimal.valueOf(100))
                .setScale(0, java.math.RoundingMode.FLOOR)
                .intValueExact();
        if (ChartRatingFormula.base(InternalLevel.exact(ds), ach) != exact) {
          mismatches.add(ds + "@" + a);
        }
      }
    }
    assertThat(mismatches).isEmpty();
  }
}
