package dev.probe.core.testing.contract;

import static dev.probe.core.testing.TestData.ME;
import static dev.probe.core.testing.TestData.SISTER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.probe.core.domain.PageRequest;
import dev.probe.core.domain.PageResult;
import dev.probe.core.domain.SyncRun;
import dev.probe.core.domain.SyncStatus;
import dev.probe.core.testing.TestData;
import org.junit.jupiter.api.Test;

/** {@link dev.probe.core.application.port.out.SyncRunStorePort}: ids, final state, order. */
public abstract class SyncRunStorePortContract extends StoreContract {

  @Test
  void aStartedRunGetsAPositiveIncreasingIdAndIsRunning() {
    long a = startRun(T0);
    long b = startRun(T0.plusSeconds(1));
    assertThat(a).isPositive();
    assertThat(b).isGreaterThan(a);
    SyncRun run = store.runs().findRun(a).orElseThrow();
    assertThat(run.id()).isEqualTo(a);
    assertThat(run.status()).isEqualTo(SyncStatus.RUNNING);
    assertThat(run.finishedAt()).isNull();
    assertThat(run.playCountBefore()).isEqualTo(-1);
  }

  @Test
  void finishingReplacesTheRecordWholly() {
    long id = startRun(T0);
    SyncRun base = TestData.finished(store.runs().findRun(id).orElseThrow(), id, T0, 0);
    SyncRun done =
        new SyncRun(
            id,
            ME,
            base.source(),
            T0,
            T0.plusSeconds(90),
            SyncStatus.STOPPED,
            7,
            12,
            3,
            T0.minusSeconds(7200),
            T0.minusSeconds(3600),
            1000,
            1015,
            "SESSION_EXPIRED",
            "log in to NET again");
    store.runs().finishRun(done);
    assertThat(store.runs().findRun(id)).contains(done);
  }

  @Test
  void runsAreListedNewestFirstPerPlayer() {
    long a = startRun(T0);
    long b = startRun(T0.plusSeconds(60));
    long c = startRun(T0.plusSeconds(120));
    store.runs().startRun(TestData.run(SISTER, T0));
    PageResult<SyncRun> page = store.runs().runs(ME, new PageRequest(1, 2));
    assertThat(page.items()).extracting(SyncRun::id).containsExactly(c, b);
    assertThat(page.total()).isEqualTo(3);
    assertThat(store.runs().runs(ME, new PageRequest(2, 2)).items())
        .extracting(SyncRun::id)
        .containsExactly(a);
  }

  @Test
  void theLatestFinishedRunIgnoresRunningOnes() {
    assertThat(store.runs().latestFinished(ME)).isEmpty();
    long a = startRun(T0);
    finish(a, T0.plusSeconds(30), 2);
    startRun(T0.plusSeconds(60));
    assertThat(store.runs().latestFinished(ME).orElseThrow().id()).isEqualTo(a);
    assertThat(store.runs().latestFinished(SISTER)).isEmpty();
  }

  @Test
  void anUnknownRunIsEmpty() {
    assertThat(store.runs().findRun(987_654)).isEmpty();
  }

  @Test
  void finishingARunThatWasNeverStartedFails() {
    SyncRun ghost = TestData.finished(TestData.run(ME, T0), 987_654, T0, 0);
    assertThatThrownBy(() -> store.runs().finishRun(ghost)).isInstanceOf(RuntimeException.class);
  }
}
