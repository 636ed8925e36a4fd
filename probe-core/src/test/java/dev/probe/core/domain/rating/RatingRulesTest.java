package dev.probe.core.domain.rating;

import static org.assertj.core.api.Assertions.assertThat;

import dev.probe.core.domain.Chart;
import dev.probe.core.domain.ChartId;
import dev.probe.core.domain.ChartType;
import dev.probe.core.domain.Difficulty;
import dev.probe.core.domain.GameVersion;
import dev.probe.core.domain.InternalLevel;
import dev.probe.core.domain.NoteCounts;
import dev.probe.core.domain.Region;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** MAIMAI-RULES §1.4, §2.2, §5.3, §8: the rules in force per region and version. */
class RatingRulesTest {

  static Chart chart(GameVersion addedIn, boolean providerNew) {
    return new Chart(
        ChartId.of("Song", ChartType.DX, Difficulty.MASTER),
        "13+",
        NoteCounts.UNKNOWN,
        addedIn,
        Map.of(),
        providerNew,
        false);
  }

  @ParameterizedTest(name = "{0} {1}: a chart from {2} is new: {3}")
  @CsvSource({
    // before CiRCLE: only the current version is new (each PLUS its own version)
    "JP, PRISM_PLUS, PRISM_PLUS, true",
    "JP, PRISM_PLUS, PRISM, false",
    "INTL, PRISM_PLUS, PRISM_PLUS, true",
    "INTL, PRISM_PLUS, PRISM, false",
    // from CiRCLE: the current and the previous version
    "JP, CIRCLE, CIRCLE, true",
    "JP, CIRCLE, PRISM_PLUS, true",
    "JP, CIRCLE, PRISM, false",
    "JP, CIRCLE_PLUS, CIRCLE_PLUS, true",
    "JP, CIRCLE_PLUS, CIRCLE, true",
    "JP, CIRCLE_PLUS, PRISM_PLUS, false",
    "INTL, CIRCLE, PRISM_PLUS, true",
    // a chart from a later version is not new (it cannot be played yet)
    "JP, PRISM, PRISM_PLUS, false"
  })
  void newChartsByRegionAndVersion(
      Region region, GameVersion version, GameVersion added, boolean isNew) {
    assertThat(new RatingRules(region, version, true).isNew(chart(added, false))).isEqualTo(isNew);
  }

  @Test
  void cnTakesTheProviderFlagForTheCurrentVersion() {
    RatingRules current = new RatingRules(Region.CN, GameVersion.PRISM_PLUS, true);
    assertThat(current.isNew(chart(GameVersion.PRISM, true))).isTrue();
    assertThat(current.isNew(chart(GameVersion.PRISM_PLUS, false))).isFalse();
  }

  @Test
  void cnFallsBackToItsYearsForPastVersions() {
    RatingRules past = new RatingRules(Region.CN, GameVersion.BUDDIES, false);
    assertThat(past.isNew(chart(GameVersion.BUDDIES_PLUS, false))).isTrue();
    assertThat(past.isNew(chart(GameVersion.BUDDIES, false))).isTrue();
    assertThat(past.isNew(chart(GameVersion.FESTIVAL_PLUS, true))).isFalse();
  }

  @ParameterizedTest(name = "{0} {1}: AP bonus {2}")
  @CsvSource({
    "JP, PRISM_PLUS, false",
    "JP, CIRCLE, true",
    "JP, CIRCLE_PLUS, true",
    "INTL, PRISM_PLUS, false",
    "INTL, CIRCLE, true",
    "CN, PRISM_PLUS, false"
  })
  void apBonusFromCircleOn(Region region, GameVersion version, boolean bonus) {
    assertThat(new RatingRules(region, version, true).apBonus()).isEqualTo(bonus);
  }

  @Test
  void rulesAtAnInstantFollowTheCalendar() {
    Instant now = Instant.parse("2026-11-26T00:00:00Z");
    RatingRules intl2025 = RatingRules.at(Region.INTL, Instant.parse("2025-12-01T00:00:00Z"), now);
    assertThat(intl2025.version()).isEqualTo(GameVersion.PRISM_PLUS);
    assertThat(intl2025.apBonus()).isFalse();
    assertThat(intl2025.providerFlagsCurrent()).isFalse();
    assertThat(RatingRules.at(Region.CN, now, now).providerFlagsCurrent()).isTrue();
  }

  @Test
  void utageAndRemovedChartsNeverCount() {
    RatingRules rules = new RatingRules(Region.JP, GameVersion.CIRCLE, true);
    Chart utage =
        new Chart(
            ChartId.of("[宴]Party", ChartType.DX, Difficulty.UTAGE),
            "13?",
            NoteCounts.UNKNOWN,
            GameVersion.BUDDIES,
            Map.of(GameVersion.BUDDIES, InternalLevel.exact(130)),
            false,
            false);
    Chart removed =
        new Chart(
            ChartId.of("Gone", ChartType.STD, Difficulty.MASTER),
            "12",
            NoteCounts.UNKNOWN,
            GameVersion.MILK,
            Map.of(),
            false,
            true);
    assertThat(rules.counts(utage)).isFalse();
    assertThat(rules.counts(removed)).isFalse();
    assertThat(rules.counts(chart(GameVersion.CIRCLE, false))).isTrue();
    assertThat(rules.constantOf(noConstants(utage))).isEmpty();
  }

  @Test
  void theConstantInForceIsThatVersionsOrTheNewestEarlierOne() {
    Chart c =
        new Chart(
            ChartId.of("Song", ChartType.DX, Difficulty.MASTER),
            "13+",
            NoteCounts.UNKNOWN,
            GameVersion.PRISM,
            Map.of(
                GameVersion.PRISM, InternalLevel.exact(137),
                GameVersion.CIRCLE, InternalLevel.exact(138)),
            false,
            false);
    assertThat(new RatingRules(Region.JP, GameVersion.PRISM_PLUS, true).constantOf(c))
        .contains(InternalLevel.exact(137));
    assertThat(new RatingRules(Region.JP, GameVersion.CIRCLE_PLUS, true).constantOf(c))
        .contains(InternalLevel.exact(138));
    // before any known constant: the earliest known one, marked estimated
    assertThat(new RatingRules(Region.JP, GameVersion.BUDDIES, true).constantOf(c))
        .contains(new InternalLevel(137, true));
    // no constant at all: estimated from the label
    assertThat(new RatingRules(Region.JP, GameVersion.CIRCLE, true).constantOf(chart(null, false)))
        .contains(new InternalLevel(136, true));
  }

  private static Chart noConstants(Chart c) {
    return new Chart(c.id(), c.level(), c.notes(), c.addedIn(), Map.of(), false, false);
  }
}
