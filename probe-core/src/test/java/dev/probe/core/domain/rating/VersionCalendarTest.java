package dev.probe.core.domain.rating;

import static org.assertj.core.api.Assertions.assertThat;

import dev.probe.core.domain.GameVersion;
import dev.probe.core.domain.Region;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** MAIMAI-RULES §6: which version each region plays at an instant. */
class VersionCalendarTest {

  @ParameterizedTest(name = "{0} at {1} plays {2}")
  @CsvSource({
    // JP release days, in JST: the new version starts at local midnight
    "JP, 2025-09-17T14:59:59Z, PRISM_PLUS",
    "JP, 2025-09-17T15:00:00Z, CIRCLE",
    "JP, 2026-03-19T00:00:00Z, CIRCLE_PLUS",
    "JP, 2026-11-26T00:00:00Z, CIRCLE_PLUS",
    "JP, 2019-07-11T03:00:00Z, DX",
    "JP, 2012-07-11T03:00:00Z, MAIMAI",
    // international runs months behind
    "INTL, 2025-10-01T00:00:00Z, PRISM_PLUS",
    "INTL, 2026-01-22T00:00:00Z, CIRCLE",
    "INTL, 2026-08-07T00:00:00Z, CIRCLE",
    "INTL, 2026-08-08T00:00:00Z, CIRCLE_PLUS",
    "INTL, 2024-05-01T00:00:00Z, BUDDIES",
    "INTL, 2024-07-25T00:00:00Z, BUDDIES_PLUS",
    "INTL, 2025-01-16T00:00:00Z, PRISM",
    // CN counts years: 舞萌DX 2025 = PRiSM, 舞萌DX 2026 = PRiSM PLUS, no CiRCLE yet
    "CN, 2025-10-03T05:00:00Z, PRISM",
    "CN, 2026-02-01T00:00:00Z, PRISM",
    "CN, 2026-06-10T00:00:00Z, PRISM_PLUS",
    "CN, 2026-11-26T00:00:00Z, PRISM_PLUS",
    "CN, 2024-08-01T00:00:00Z, BUDDIES"
  })
  void currentVersion(Region region, String at, GameVersion version) {
    assertThat(VersionCalendar.currentAt(region, Instant.parse(at))).isEqualTo(version);
  }

  @Test
  void cnMergesEachPlusIntoItsYearUntil2024Only() {
    assertThat(VersionCalendar.sameCnYear(GameVersion.BUDDIES, GameVersion.BUDDIES_PLUS)).isTrue();
    assertThat(VersionCalendar.sameCnYear(GameVersion.SPLASH_PLUS, GameVersion.SPLASH)).isTrue();
    assertThat(VersionCalendar.sameCnYear(GameVersion.PRISM, GameVersion.PRISM_PLUS)).isFalse();
    assertThat(VersionCalendar.sameCnYear(GameVersion.BUDDIES_PLUS, GameVersion.PRISM)).isFalse();
  }
}
