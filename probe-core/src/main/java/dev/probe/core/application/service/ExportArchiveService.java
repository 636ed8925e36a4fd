package dev.probe.core.application.service;

import dev.probe.core.application.port.in.ExportArchiveCommand;
import dev.probe.core.application.port.in.ExportArchiveUseCase;
import dev.probe.core.application.port.out.CatalogPort;
import dev.probe.core.application.port.out.LoadPlaysPort;
import dev.probe.core.application.port.out.PhotoStorePort;
import dev.probe.core.application.port.out.PlayerStorePort;
import dev.probe.core.application.port.out.ProfileStorePort;
import dev.probe.core.application.port.out.RawPageStorePort;
import dev.probe.core.application.port.out.ScoreListStorePort;
import dev.probe.core.application.port.out.SyncRunStorePort;
import dev.probe.core.domain.BestScore;
import dev.probe.core.domain.Chart;
import dev.probe.core.domain.PageRequest;
import dev.probe.core.domain.PageResult;
import dev.probe.core.domain.Photo;
import dev.probe.core.domain.Play;
import dev.probe.core.domain.PlayFilter;
import dev.probe.core.domain.Player;
import dev.probe.core.domain.ProfileSnapshot;
import dev.probe.core.domain.RawPageRef;
import dev.probe.core.domain.Song;
import dev.probe.core.domain.SyncRun;
import dev.probe.core.domain.archive.ArchiveSink;
import dev.probe.core.domain.archive.ExportSummary;
import java.time.Clock;
import java.util.List;

/** Streams the archive to a sink; plays and runs page by page. Sessions are never exported. */
public final class ExportArchiveService implements ExportArchiveUseCase {

  private static final int PAGE = PageRequest.MAX_SIZE;

  private final StorePorts store;
  private final Clock clock;

  /** The stores an export reads. */
  public record StorePorts(
      PlayerStorePort players,
      CatalogPort catalog,
      SyncRunStorePort runs,
      LoadPlaysPort plays,
      ScoreListStorePort scores,
      ProfileStorePort profiles,
      PhotoStorePort photos,
      RawPageStorePort rawPages) {}

  public ExportArchiveService(StorePorts store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  @Override
  public ExportSummary exportArchive(ExportArchiveCommand command, ArchiveSink sink) {
    List<Song> songs = store.catalog().allSongs();
    songs.forEach(sink::song);
    List<Chart> charts = store.catalog().allCharts();
    charts.forEach(sink::chart);
    List<Player> players =
        command
            .onlyPlayer()
            .map(id -> List.of(Players.require(store.players(), id)))
            .orElseGet(store.players()::listPlayers);
    Counts counts = new Counts();
    for (Player p : players) {
      exportPlayer(p, command.rawPageBodies(), sink, counts);
    }
    return new ExportSummary(
        songs.size(),
        charts.size(),
        players.size(),
        counts.runs,
        counts.plays,
        counts.bests,
        counts.profiles,
        counts.photos,
        counts.rawPages);
  }

  private void exportPlayer(Player p, boolean bodies, ArchiveSink sink, Counts counts) {
    sink.player(p);
    for (int page = 1; ; page++) {
      PageResult<SyncRun> runs = store.runs().runs(p.id(), new PageRequest(page, PAGE));
      runs.items().forEach(sink::syncRun);
      counts.runs += runs.items().size();
      if (page >= runs.pageCount()) {
        break;
      }
    }
    for (int page = 1; ; page++) {
      PageResult<Play> plays =
          store.plays().findPlays(p.id(), PlayFilter.ALL, new PageRequest(page, PAGE));
      plays.items().forEach(sink::play);
      counts.plays += plays.items().size();
      if (page >= plays.pageCount()) {
        break;
      }
    }
    for (BestScore b : store.scores().bestScores(p.id(), clock.instant().plusSeconds(1))) {
      sink.bestScore(p.id(), b);
      counts.bests++;
    }
    for (ProfileSnapshot s : store.profiles().history(p.id())) {
      sink.profile(s);
      counts.profiles++;
    }
    for (Photo photo : store.photos().photos(p.id())) {
      sink.photo(photo);
      counts.photos++;
    }
    for (RawPageRef ref : store.rawPages().rawPages(p.id())) {
      sink.rawPage(ref, bodies ? store.rawPages().loadRawPage(ref.sha256()).orElse(null) : null);
      counts.rawPages++;
    }
  }

  private static final class Counts {
    int runs;
    long plays;
    long bests;
    int profiles;
    int photos;
    long rawPages;
  }
}
