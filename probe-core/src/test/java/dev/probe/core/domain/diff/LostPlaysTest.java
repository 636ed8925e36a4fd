package dev.probe.core.domain.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** NET's play counter rose by more than the plays found: the rest are lost. */
class LostPlaysTest {

  private static final Instant NEWEST_STORED = Instant.parse("2026-05-01T10:00:00Z");
  private static final Instant OLDEST_FETCHED = Instant.parse("2026-05-03T10:00:00Z");

  @ParameterizedTest(name = "{0} → {1} with {2} found: {3} lost")
  @CsvSource({
    "1000, 1050, 50, 0",
    "1000, 1070, 50, 20",
    "1000, 1001, 0, 1",
    "1000, 1000, 0, 0",
    "1000, 1010, 12, 0",
    "-1, 1070, 50, 0",
    "1000, -1, 50, 0"
  })
  void lostIsTheDeltaMinusThePlaysFound(int before, int after, int found, int lost) {
    var result = LostPlays.detect(before, after, found, NEWEST_STORED, OLDEST_FETCHED);
    if (lost == 0) {
      assertThat(result).isEmpty();
    } else {
      assertThat(result).contains(new LostPlays(lost, NEWEST_STORED, OLDEST_FETCHED));
    }
  }
}
