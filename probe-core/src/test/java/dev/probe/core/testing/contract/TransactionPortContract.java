package dev.probe.core.testing.contract;

import static dev.probe.core.testing.TestData.ME;
import static dev.probe.core.testing.TestData.chart;
import static dev.probe.core.testing.TestData.play;
import static dev.probe.core.testing.TestData.snapshot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.probe.core.domain.ChartIds;
import dev.probe.core.domain.GameVersion;
import dev.probe.core.domain.NetSession;
import dev.probe.core.domain.Region;
import dev.probe.core.testing.TestData;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link dev.probe.core.application.port.out.TransactionPort}: all or nothing across every port.
 */
public abstract class TransactionPortContract extends StoreContract {

  private static final Instant LATER = Instant.parse("2030-01-01T00:00:00Z");

  @Test
  void committedWorkIsKeptAndItsResultReturned() {
    long run = startRun(T0);
    List<?> keys =
        store.transactions().inTransaction(() -> save(run, play(chart("A"), T0).build()));
    assertThat(keys).hasSize(1);
    assertThat(store.loadPlays().countPlays(ME)).isEqualTo(1);
  }

  @Test
  void workThatThrowsLeavesNothingBehind() {
    long run = startRun(T0);
    var kept = play(chart("Kept"), T0.minusSeconds(60)).build();
    save(run, kept);
    var detailed = kept.withDetail(TestData.detail());
    IllegalStateException boom = new IllegalStateException("boom");
    assertThatThrownBy(
            () ->
                store
                    .transactions()
                    .inTransaction(
                        () -> {
                          save(run, play(chart("Lost"), T0).build(), detailed);
                          store.profiles().saveSnapshot(snapshot(ME, T0, 1, 1));
                          store.photos().savePhotos(List.of(TestData.photo(ME, T0, chart("A"))));
                          store
                              .rawPages()
                              .saveRawPage(ME, run, TestData.page("home/", T0, "rolled back"));
                          store
                              .scores()
                              .saveListedScores(
                                  ME,
                                  T0,
                                  Map.of(ChartIds.of(chart("B")), play(chart("B"), T0).result()));
                          store
                              .catalog()
                              .saveCatalog(
                                  List.of(TestData.song("S", GameVersion.PRISM)), List.of());
                          store
                              .sessions()
                              .saveSession(new NetSession(ME, Region.JP, Map.of("_t", "x"), T0));
                          store.players().savePlayer(TestData.player(ME, Region.CN));
                          throw boom;
                        }))
        .isSameAs(boom);
    assertThat(store.loadPlays().countPlays(ME)).isEqualTo(1);
    assertThat(store.loadPlays().findPlay(ME, kept.key()).orElseThrow().detail()).isNull();
    assertThat(store.loadPlays().playsOfRun(run)).containsExactly(kept);
    assertThat(store.profiles().history(ME)).isEmpty();
    assertThat(store.photos().photos(ME)).isEmpty();
    assertThat(store.rawPages().rawPages(ME)).isEmpty();
    assertThat(store.scores().bestScores(ME, LATER))
        .extracting(b -> b.chartId())
        .containsExactly(kept.chartId());
    assertThat(store.catalog().allSongs()).isEmpty();
    assertThat(store.sessions().loadSession(ME)).isEmpty();
    assertThat(store.players().findPlayer(ME).orElseThrow().region()).isEqualTo(Region.JP);
  }

  @Test
  void aRolledBackSaveCanBeRepeated() {
    long run = startRun(T0);
    var p = play(chart("Again"), T0).build();
    assertThatThrownBy(
            () ->
                store
                    .transactions()
                    .inTransaction(
                        () -> {
                          save(run, p);
                          throw new IllegalStateException("fail");
                        }))
        .hasMessage("fail");
    assertThat(save(run, p)).containsExactly(p.key());
  }

  @Test
  void aNestedTransactionJoinsTheOuterOne() {
    long run = startRun(T0);
    assertThatThrownBy(
            () ->
                store
                    .transactions()
                    .inTransaction(
                        () -> {
                          store
                              .transactions()
                              .inTransaction(() -> save(run, play(chart("In"), T0).build()));
                          throw new IllegalStateException("outer fails");
                        }))
        .hasMessage("outer fails");
    assertThat(store.loadPlays().countPlays(ME)).isZero();
  }
}
