package dev.probe.core.testing.contract;

import static dev.probe.core.testing.TestData.chart;
import static org.assertj.core.api.Assertions.assertThat;

import dev.probe.core.domain.Chart;
import dev.probe.core.domain.ChartIds;
import dev.probe.core.domain.ChartRef;
import dev.probe.core.domain.ChartType;
import dev.probe.core.domain.Difficulty;
import dev.probe.core.domain.GameVersion;
import dev.probe.core.domain.InternalLevel;
import dev.probe.core.domain.NoteCounts;
import dev.probe.core.domain.Song;
import dev.probe.core.domain.SongKey;
import dev.probe.core.testing.TestData;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link dev.probe.core.application.port.out.CatalogPort}: songs and charts upserted; constants
 * merge per version; what a later save does not know (no notes, no version, no label) is kept.
 */
public abstract class CatalogPortContract extends StoreContract {

  private static final ChartRef ALPHA = chart("Alpha", Difficulty.MASTER, "13+");

  @Test
  void savedSongsAndChartsAreFoundAndListedInIdOrder() {
    Song alpha = TestData.song("Alpha", GameVersion.PRISM);
    Song link = new Song(new SongKey("Link", "niconico"), "A", "niconico", GameVersion.ORANGE, 0);
    Chart a = TestData.catalogChart(ALPHA, GameVersion.PRISM, GameVersion.PRISM, 137);
    Chart b =
        TestData.catalogChart(
            ChartRef.of("Alpha", ChartType.DX, Difficulty.EXPERT, "11"),
            GameVersion.PRISM,
            GameVersion.PRISM,
            110);
    store.catalog().saveCatalog(List.of(link, alpha), List.of(a, b));
    assertThat(store.catalog().allSongs()).containsExactly(alpha, link);
    assertThat(store.catalog().allCharts()).containsExactly(b, a);
    assertThat(store.catalog().findSong(link.key())).contains(link);
    assertThat(store.catalog().findSong(SongKey.of("Link"))).isEmpty();
    assertThat(store.catalog().findChart(a.id())).contains(a);
  }

  @Test
  void constantsOfOtherVersionsSurviveAndTheSameVersionIsReplaced() {
    Chart prism = TestData.catalogChart(ALPHA, GameVersion.PRISM, GameVersion.PRISM, 137);
    store.catalog().saveCatalog(List.of(), List.of(prism));
    Chart circle =
        new Chart(
            prism.id(),
            "13+",
            prism.notes(),
            GameVersion.PRISM,
            Map.of(
                GameVersion.CIRCLE,
                InternalLevel.exact(138),
                GameVersion.PRISM,
                InternalLevel.exact(136)),
            false,
            false);
    store.catalog().saveCatalog(List.of(), List.of(circle));
    Chart stored = store.catalog().findChart(prism.id()).orElseThrow();
    assertThat(stored.constants())
        .isEqualTo(
            Map.of(
                GameVersion.PRISM, InternalLevel.exact(136),
                GameVersion.CIRCLE, InternalLevel.exact(138)));
    assertThat(stored.constantIn(GameVersion.PRISM_PLUS)).contains(InternalLevel.exact(136));
  }

  @Test
  void aChartLearnedFromNetDoesNotEraseWhatTheCatalogueKnew() {
    Chart known = TestData.catalogChart(ALPHA, GameVersion.PRISM, GameVersion.PRISM, 137);
    store.catalog().saveCatalog(List.of(), List.of(known));
    Chart learned = new Chart(known.id(), "", NoteCounts.UNKNOWN, null, Map.of(), false, false);
    store.catalog().saveCatalog(List.of(), List.of(learned));
    assertThat(store.catalog().findChart(known.id())).contains(known);
  }

  @Test
  void aChartOnlyNetShowedIsKeptWithoutConstants() {
    Chart learned =
        new Chart(ChartIds.of(ALPHA), "13+", NoteCounts.UNKNOWN, null, Map.of(), false, false);
    store.catalog().saveCatalog(List.of(), List.of(learned));
    assertThat(store.catalog().findChart(learned.id())).contains(learned);
  }

  @Test
  void flagsFollowTheNewestSave() {
    Chart known = TestData.catalogChart(ALPHA, GameVersion.PRISM, GameVersion.PRISM, 137);
    store.catalog().saveCatalog(List.of(), List.of(known));
    Chart removed =
        new Chart(known.id(), known.level(), known.notes(), known.addedIn(), Map.of(), true, true);
    store.catalog().saveCatalog(List.of(), List.of(removed));
    Chart stored = store.catalog().findChart(known.id()).orElseThrow();
    assertThat(stored.removed()).isTrue();
    assertThat(stored.providerNew()).isTrue();
    assertThat(stored.constants()).isEqualTo(known.constants());
  }

  @Test
  void titlesAreStoredExactly() {
    Song space = TestData.song("\u3000", GameVersion.FESTIVAL);
    store.catalog().saveCatalog(List.of(space), List.of());
    assertThat(store.catalog().findSong(SongKey.of("\u3000"))).contains(space);
    assertThat(store.catalog().findSong(SongKey.of(" "))).isEmpty();
  }
}
