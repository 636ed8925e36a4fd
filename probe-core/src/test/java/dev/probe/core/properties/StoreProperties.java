package dev.probe.core.properties;

import static dev.probe.core.testing.TestData.ME;
import static org.assertj.core.api.Assertions.assertThat;

import dev.probe.core.domain.BestScore;
import dev.probe.core.domain.Chart;
import dev.probe.core.domain.ChartId;
import dev.probe.core.domain.ChartIds;
import dev.probe.core.domain.GameVersion;
import dev.probe.core.domain.NoteCounts;
import dev.probe.core.domain.PageRequest;
import dev.probe.core.domain.Play;
import dev.probe.core.domain.PlayFilter;
import dev.probe.core.domain.PlayResult;
import dev.probe.core.domain.Region;
import dev.probe.core.domain.rating.Best50;
import dev.probe.core.domain.rating.RatingRules;
import dev.probe.core.testing.InMemoryStore;
import dev.probe.core.testing.TestData;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class StoreProperties {

  private static final Instant LATER = Instant.parse("2030-01-01T00:00:00Z");

  @Provide
  Arbitrary<List<Play>> plays() {
    return PlayGenerators.plays(60);
  }

  private static InMemoryStore store() {
    InMemoryStore store = new InMemoryStore();
    store.savePlayer(TestData.player(ME, Region.JP));
    return store;
  }

  private static long run(InMemoryStore store) {
    return store.startRun(TestData.run(ME, PlayGenerators.START));
  }

  @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
  void savingTheSamePlaysTwiceChangesNothing(@ForAll("plays") List<Play> plays) {
    InMemoryStore store = store();
    assertThat(store.savePlays(run(store), plays)).hasSize(plays.size());
    var before = store.findPlays(ME, PlayFilter.ALL, new PageRequest(1, 500));
    var bestsBefore = store.bestScores(ME, LATER);
    assertThat(store.savePlays(run(store), plays)).isEmpty();
    assertThat(store.findPlays(ME, PlayFilter.ALL, new PageRequest(1, 500))).isEqualTo(before);
    assertThat(store.bestScores(ME, LATER)).isEqualTo(bestsBefore);
  }

  @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
  void aBestNeverGoesDown(@ForAll("plays") List<Play> plays) {
    InMemoryStore store = store();
    Map<ChartId, PlayResult> seen = new HashMap<>();
    for (Play p : plays) {
      store.savePlays(run(store), List.of(p));
      for (BestScore b : store.bestScores(ME, LATER)) {
        PlayResult old = seen.put(b.chartId(), b.best());
        if (old != null) {
          PlayResult now = b.best();
          assertThat(now.achievement()).isGreaterThanOrEqualTo(old.achievement());
          assertThat(now.dxScore()).isGreaterThanOrEqualTo(old.dxScore());
          assertThat(now.combo()).isGreaterThanOrEqualTo(old.combo());
          assertThat(now.sync()).isGreaterThanOrEqualTo(old.sync());
        }
      }
    }
  }

  @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
  void b50IsTheSameWhateverOrderThePlaysArriveIn(
      @ForAll("plays") List<Play> plays, @ForAll long seed) {
    List<Play> shuffled = new ArrayList<>(plays);
    Collections.shuffle(shuffled, new Random(seed));
    InMemoryStore inOrder = store();
    inOrder.savePlays(run(inOrder), plays);
    InMemoryStore oneByOne = store();
    for (Play p : shuffled) {
      oneByOne.savePlays(run(oneByOne), List.of(p));
    }
    Map<ChartId, Chart> charts = new HashMap<>();
    for (Play p : plays) {
      charts.put(
          ChartIds.of(p.chart()),
          new Chart(
              ChartIds.of(p.chart()),
              p.chart().level(),
              NoteCounts.UNKNOWN,
              p.chart().title().equals("Song 0") ? GameVersion.CIRCLE : GameVersion.FESTIVAL,
              Map.of(),
              false,
              false));
    }
    RatingRules rules = new RatingRules(Region.JP, GameVersion.CIRCLE, true);
    Best50 a = Best50.of(inOrder.bestScores(ME, LATER), charts, rules);
    Best50 b = Best50.of(oneByOne.bestScores(ME, LATER), charts, rules);
    assertThat(b).isEqualTo(a);
  }
}
