package dev.probe.web.javalin;

import static dev.probe.web.ContractFixture.ALICE;
import static dev.probe.web.ContractFixture.BOB;
import static dev.probe.web.ContractFixture.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.probe.core.application.port.in.ImportPagesUseCase;
import dev.probe.core.application.port.in.SyncPlayerUseCase;
import dev.probe.core.application.port.in.SyncReport;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.SyncRun;
import dev.probe.core.domain.SyncSource;
import dev.probe.web.ContractFixture;
import dev.probe.web.ContractRequest;
import dev.probe.web.ProbeWeb;
import dev.probe.web.SyncEvents;
import dev.probe.web.SyncSupport;
import dev.probe.web.WebApplication;
import dev.probe.web.WebUseCases;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The sync every N minutes: on time when enabled, never when not, never over a running sync. */
class ScheduledSyncTest {
  private static final Duration EVERY = Duration.ofMinutes(30);

  private final ManualScheduler scheduler = new ManualScheduler();
  private final List<String> synced = new CopyOnWriteArrayList<>();
  private final Map<PlayerId, CountDownLatch> holds = new ConcurrentHashMap<>();
  private final CountDownLatch entered = new CountDownLatch(1);
  private final ExecutorService background = Executors.newSingleThreadExecutor();
  private final WebUseCases useCases = ContractFixture.useCases();
  private final SyncPlayerUseCase sync =
      (command, progress) -> {
        synced.add(command.player().value() + "@" + scheduler.now().toMinutes());
        CountDownLatch hold = holds.get(command.player());
        if (hold != null) {
          entered.countDown();
          await(hold);
        }
        SyncRun run =
            SyncRun.started(command.player(), SyncSource.NET, ContractFixture.CLOCK.instant());
        return new SyncReport(run, 1, true, List.of(), 0, 0, 0);
      };
  private final ImportPagesUseCase noImports =
      (command, progress) -> {
        throw new AssertionError("no import here");
      };
  private final SyncSupport support =
      SyncSupport.full(noImports, sync, background, new SyncEvents());
  private final WebApplication app =
      ProbeWeb.builder(ContractFixture.config()).useCases(useCases).sync(support).build();

  @AfterEach
  void stop() {
    holds.values().forEach(CountDownLatch::countDown);
    background.shutdownNow();
  }

  private JavalinServer server(JavalinServer.Options options) {
    return new JavalinServer(app, options.withScheduler(scheduler));
  }

  private static JavalinServer.Options options() {
    return JavalinServer.Options.of(1 << 20);
  }

  private JavalinServer.Options everyHalfHour() {
    return options().withSchedule(() -> support.syncEveryPlayer(useCases.players()), EVERY);
  }

  @Test
  void whenEnabledEveryPlayerIsSyncedEveryNMinutes() {
    try (JavalinServer ignored = server(everyHalfHour())) {
      assertThat(scheduler.periods()).containsExactly(EVERY);
      scheduler.advance(Duration.ofMinutes(29));
      assertThat(synced).isEmpty();
      scheduler.advance(Duration.ofMinutes(1));
      assertThat(synced).containsExactly("alice@30", "bob@30");
      scheduler.advance(Duration.ofMinutes(61));
      assertThat(synced)
          .containsExactly("alice@30", "bob@30", "alice@60", "bob@60", "alice@90", "bob@90");
    }
    assertThat(scheduler.periods()).as("closing the server stops the schedule").isEmpty();
  }

  @Test
  void whenDisabledNothingIsEverScheduled() {
    try (JavalinServer ignored = server(options())) {
      scheduler.advance(Duration.ofDays(2));
    }
    try (JavalinServer ignored =
        server(
            options()
                .withSchedule(() -> support.syncEveryPlayer(useCases.players()), Duration.ZERO))) {
      scheduler.advance(Duration.ofDays(2));
    }
    assertThat(scheduler.periods()).isEmpty();
    assertThat(synced).isEmpty();
  }

  @Test
  void aRoundSkipsAPlayerWhoseSyncIsRunningAndSyncNowWaitsForTheRound() throws Exception {
    holds.put(ALICE, new CountDownLatch(1));
    try (JavalinServer ignored = server(everyHalfHour())) {
      var started = app.handle(ContractRequest.post("/api/sync").bearer(TOKEN).build());
      assertThat(started.status()).isEqualTo(202);
      assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();

      scheduler.advance(EVERY); // alice's sync from the page is still running
      assertThat(synced).containsExactly("alice@0", "bob@30");

      holds.get(ALICE).countDown();
      background.submit(() -> {}).get(10, TimeUnit.SECONDS); // the page's sync has ended
      holds.put(BOB, new CountDownLatch(1));
      Thread round = new Thread(() -> scheduler.advance(EVERY));
      round.start();
      awaitSyncs(4); // alice@60 done, bob@60 held
      var refused =
          app.handle(
              ContractRequest.post("/api/sync").bearer(TOKEN).query("player", "bob").build());
      assertThat(refused.status()).isEqualTo(409);
      holds.get(BOB).countDown();
      round.join(10_000);
      assertThat(synced).containsExactly("alice@0", "bob@30", "alice@60", "bob@60");
    }
  }

  @Test
  void theServersOwnSchedulerNeverStartsARoundBeforeThePreviousEnded() throws Exception {
    AtomicInteger inside = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    AtomicInteger rounds = new AtomicInteger();
    CountDownLatch three = new CountDownLatch(3);
    try (AutoCloseable ignored =
        JavalinServer.Scheduler.THREAD.every(
            Duration.ofMillis(5),
            () -> {
              most.accumulateAndGet(inside.incrementAndGet(), Math::max);
              try {
                Thread.sleep(30); // far longer than the period
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              inside.decrementAndGet();
              rounds.incrementAndGet();
              three.countDown();
            })) {
      assertThat(three.await(10, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(most.get()).isEqualTo(1);
    assertThat(rounds.get()).isGreaterThanOrEqualTo(3);
  }

  private void awaitSyncs(int n) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (synced.size() < n && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertThat(synced).hasSizeGreaterThanOrEqualTo(n);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
