package dev.probe.core.domain.rating;

import static org.assertj.core.api.Assertions.assertThat;

import dev.probe.core.domain.InternalLevel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** MAIMAI-RULES §5.3: labels, and the estimate from a label (X → X.0, X+ → X.6). */
class LevelLabelTest {

  @ParameterizedTest(name = "{0} → {1} (estimated)")
  @CsvSource({"1, 10", "6, 60", "7, 70", "7+, 76", "12+, 126", "13, 130", "14+, 146", "15, 150"})
  void aLabelGivesAnEstimatedConstant(String label, int tenths) {
    assertThat(LevelLabel.estimate(label)).contains(new InternalLevel(tenths, true));
  }

  @ParameterizedTest(name = "''{0}'' has no estimate")
  @ValueSource(strings = {"", " ", "13?", "12+?", "0", "16", "x", "13++", "13.7"})
  void utageLabelsAndNonsenseHaveNoEstimate(String label) {
    assertThat(LevelLabel.estimate(label)).isEmpty();
  }

  @ParameterizedTest(name = "{0} shows as {1}")
  @CsvSource({
    "30, 3",
    "65, 6",
    "68, 6",
    "70, 7",
    "75, 7",
    "76, 7+",
    "94, 9",
    "96, 9+",
    "105, 10",
    "109, 10+",
    "123, 12",
    "126, 12+",
    "129, 12+",
    "148, 14+",
    "150, 15"
  })
  void constantsShowTheCurrentRuleLabel(int tenths, String label) {
    assertThat(LevelLabel.of(InternalLevel.exact(tenths))).isEqualTo(label);
  }
}
