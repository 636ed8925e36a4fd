package dev.probe.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.probe.core.application.port.in.ImportPagesUseCase;
import dev.probe.core.application.port.in.SyncPlayerUseCase;
import dev.probe.core.application.port.in.SyncReport;
import dev.probe.core.application.service.ManageNetSessionService;
import dev.probe.core.application.service.ManagePlayersService;
import dev.probe.core.domain.NetSession;
import dev.probe.core.domain.Player;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.Region;
import dev.probe.core.domain.RememberedLogin;
import dev.probe.core.domain.SyncRun;
import dev.probe.core.domain.SyncSource;
import dev.probe.core.testing.InMemoryStore;
import dev.probe.web.SyncEvents;
import dev.probe.web.SyncSupport;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The schedule sends nothing for a missing or dead session, and says a dead one only once. */
class ScheduledSyncTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC);
  private static final Instant NOW = CLOCK.instant();

  @Test
  void syncsUsableAndRenewableSessionsOnlyAndReportsADeadOneOnce() {
    InMemoryStore store = new InMemoryStore();
    PlayerId live = new PlayerId("live");
    PlayerId dead = new PlayerId("dead");
    PlayerId none = new PlayerId("none");
    PlayerId renewable = new PlayerId("renewable");
    for (PlayerId id : List.of(live, dead, none, renewable)) {
      store.savePlayer(new Player(id, Region.INTL, "", ""));
    }
    Map<String, String> cookies = Map.of("userId", "x");
    store.saveSession(new NetSession(live, Region.INTL, cookies, NOW));
    store.saveSession(new NetSession(dead, Region.INTL, cookies, NOW).expired(NOW));
    store.saveSession(new NetSession(renewable, Region.INTL, cookies, NOW).expired(NOW));
    store.saveLogin(new RememberedLogin(renewable, Region.INTL, "v1.sealed", NOW));

    List<PlayerId> synced = new CopyOnWriteArrayList<>();
    SyncPlayerUseCase sync =
        (command, progress) -> {
          synced.add(command.player());
          SyncRun run = SyncRun.started(command.player(), SyncSource.NET, NOW);
          return new SyncReport(run, 1, true, List.of(), 0, 0, 0);
        };
    ImportPagesUseCase noImports =
        (command, progress) -> {
          throw new AssertionError("no import here");
        };
    SyncEvents events = new SyncEvents();
    List<String> said = new CopyOnWriteArrayList<>();
    events.subscribe(said::add);
    ScheduledSync schedule =
        new ScheduledSync(
            new ManagePlayersService(store, store),
            new ManageNetSessionService(store, store, store, CLOCK),
            SyncSupport.full(noImports, sync, Runnable::run, events),
            events);

    schedule.run();
    schedule.run();

    assertThat(synced).containsExactlyInAnyOrder(live, renewable, live, renewable);
    assertThat(said.stream().filter(l -> l.startsWith("dead: the NET session has expired")))
        .hasSize(1)
        .allMatch(l -> l.contains("probe session login --region INTL --player dead"));
    assertThat(said).noneMatch(l -> l.startsWith("none:"));
  }
}
