package dev.probe.core.testing.contract;

import dev.probe.core.domain.Play;
import dev.probe.core.domain.PlayKey;
import dev.probe.core.domain.Region;
import dev.probe.core.domain.SyncRun;
import dev.probe.core.testing.StoreFixture;
import dev.probe.core.testing.TestData;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;

/**
 * The base of every store contract: a fresh, empty store per test, with the players {@code me} (JP)
 * and {@code sister} (CN) already saved. An adapter's test extends a contract and implements {@link
 * #newStore()}; nothing else.
 */
public abstract class StoreContract {

  protected static final Instant T0 = Instant.parse("2026-05-01T10:00:00Z");

  protected StoreFixture store;

  /** A new, empty store (the jOOQ test truncates its tables here). */
  protected abstract StoreFixture newStore();

  @BeforeEach
  void freshStore() {
    store = newStore();
    store.players().savePlayer(TestData.player(TestData.ME, Region.JP));
    store.players().savePlayer(TestData.player(TestData.SISTER, Region.CN));
  }

  /** Starts a run for {@code me} at {@code at} and returns its id. */
  protected long startRun(Instant at) {
    return store.runs().startRun(TestData.run(TestData.ME, at));
  }

  protected List<PlayKey> save(long runId, Play... plays) {
    return store.savePlays().savePlays(runId, List.of(plays));
  }

  protected SyncRun finish(long runId, Instant at, int newPlays) {
    SyncRun run = store.runs().findRun(runId).orElseThrow();
    SyncRun done = TestData.finished(run, runId, at, newPlays);
    store.runs().finishRun(done);
    return done;
  }
}
