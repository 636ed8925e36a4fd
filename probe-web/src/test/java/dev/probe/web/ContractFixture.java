package dev.probe.web;

import static dev.probe.core.testing.TestData.catalogChart;
import static dev.probe.core.testing.TestData.detail;
import static dev.probe.core.testing.TestData.play;

import dev.probe.core.application.port.in.ImportPagesUseCase;
import dev.probe.core.application.port.in.ImportReport;
import dev.probe.core.application.service.ArchivePorts;
import dev.probe.core.domain.ChartRef;
import dev.probe.core.domain.ChartType;
import dev.probe.core.domain.ComboFlag;
import dev.probe.core.domain.Difficulty;
import dev.probe.core.domain.GameVersion;
import dev.probe.core.domain.Play;
import dev.probe.core.domain.Player;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.RawPage;
import dev.probe.core.domain.Region;
import dev.probe.core.domain.Song;
import dev.probe.core.domain.SyncRun;
import dev.probe.core.domain.SyncSource;
import dev.probe.core.testing.InMemoryStore;
import dev.probe.core.testing.TestData;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The application every delivery serves in the contract: a small archive of two players (the first,
 * {@code alice}, has plays), owner token {@link #TOKEN}, base path {@link #BASE}, uploads limited
 * to {@link #MAX_UPLOAD} bytes. Imports are recorded in {@link #imported()} instead of parsed, so
 * the contract can tell that refused uploads reached nothing.
 */
public final class ContractFixture {
  public static final String TOKEN = "contract-owner-token-0123456789";
  public static final String BASE = "/release";
  public static final long MAX_UPLOAD = 256 * 1024;
  public static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-20T12:00:00Z"), ZoneOffset.UTC);
  public static final PlayerId ALICE = new PlayerId("alice");
  public static final PlayerId BOB = new PlayerId("bob");

  /** The title of a chart alice played, to look for on pages. */
  public static final String SONG = "Contract Song 1";

  private static final List<RawPage> IMPORTED = new CopyOnWriteArrayList<>();

  private ContractFixture() {}

  public static WebConfig config() {
    return WebConfig.of(TOKEN).withBasePath(BASE).withMaxUploadBytes(MAX_UPLOAD).withClock(CLOCK);
  }

  /** Pages every import so far handed to the import use case. */
  public static List<RawPage> imported() {
    return List.copyOf(IMPORTED);
  }

  /** A fresh application over a freshly seeded archive. */
  public static WebApplication application() {
    InMemoryStore store = seeded();
    return application(store);
  }

  /**
   * The same archive served with the optional redirect from http to https on, as a deployment
   * behind a TLS-terminating proxy or API Gateway runs it.
   */
  public static WebApplication httpsOnlyApplication() {
    return ProbeWeb.builder(config().withRedirectHttps(true)).useCases(useCases()).build();
  }

  /** The query use cases over a freshly seeded archive. */
  public static WebUseCases useCases() {
    return WebUseCases.over(ports(seeded()), CLOCK);
  }

  static WebApplication application(InMemoryStore store) {
    ImportPagesUseCase recordingImport =
        (command, progress) -> {
          IMPORTED.addAll(command.pages());
          SyncRun run = SyncRun.started(command.player(), SyncSource.IMPORT, CLOCK.instant());
          return new ImportReport(run, command.pages().size(), List.of(), 0, 0, List.of());
        };
    return ProbeWeb.builder(config())
        .useCases(WebUseCases.over(ports(store), CLOCK))
        .sync(SyncSupport.importOnly(recordingImport, new SyncEvents()))
        .build();
  }

  static ArchivePorts ports(InMemoryStore s) {
    return new ArchivePorts(s, s, s, s, s, s, s, s, s, s, s);
  }

  static InMemoryStore seeded() {
    InMemoryStore store = new InMemoryStore();
    store.savePlayer(new Player(ALICE, Region.CN, "ALICE", ""));
    store.savePlayer(new Player(BOB, Region.JP, "BOB", ""));
    List<ChartRef> charts = new ArrayList<>();
    List<Song> songs = new ArrayList<>();
    List<dev.probe.core.domain.Chart> catalogue = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      ChartRef ref = ChartRef.of("Contract Song " + i, ChartType.DX, Difficulty.MASTER, "13");
      charts.add(ref);
      songs.add(TestData.song(ref.title(), GameVersion.PRISM));
      catalogue.add(catalogChart(ref, GameVersion.PRISM, GameVersion.PRISM_PLUS, 130 + i));
    }
    store.saveCatalog(songs, catalogue);
    Instant t0 = Instant.parse("2026-11-01T10:00:00Z");
    long runId = store.startRun(TestData.run(ALICE, t0));
    List<Play> plays = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      Instant at = t0.plus(Duration.ofMinutes(5L * i));
      plays.add(
          play(charts.get(i % 3), at)
              .player(ALICE)
              .track(i % 4 + 1)
              .achievement(970_000 + i * 500)
              .combo(i % 7 == 0 ? ComboFlag.FC : ComboFlag.NONE)
              .detail(detail())
              .build());
    }
    store.savePlays(runId, plays);
    store.finishRun(
        TestData.finished(TestData.run(ALICE, t0), runId, t0.plusSeconds(60), plays.size()));
    store.saveSnapshot(TestData.snapshot(ALICE, t0.minus(Duration.ofDays(30)), 14000, 900));
    store.saveSnapshot(TestData.snapshot(ALICE, t0.plusSeconds(60), 14100, 960));
    return store;
  }
}
