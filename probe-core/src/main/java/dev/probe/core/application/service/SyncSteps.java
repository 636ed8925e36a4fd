package dev.probe.core.application.service;

import dev.probe.core.application.port.in.Progress;
import dev.probe.core.domain.Photo;
import dev.probe.core.domain.PlayKey;
import dev.probe.core.domain.ProbeException;
import dev.probe.core.domain.page.NetPage;
import dev.probe.core.domain.page.PageKind;
import dev.probe.core.domain.page.PhotoAlbumPage;
import dev.probe.core.domain.page.PlayDetailPage;
import dev.probe.core.domain.page.PlayerDataPage;
import dev.probe.core.domain.page.RecordEntry;
import dev.probe.core.domain.page.RecordPage;
import dev.probe.core.domain.page.ScoreListPage;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The steps of one sync, each saving what it read at once (one transaction per page), so that a
 * sync stopped midway keeps everything before the stop.
 */
final class SyncSteps {

  static final String PLAYER_DATA = "playerData/";
  static final String RECORD = "record/";
  static final String DETAIL = "record/playlogDetail/?idx=";
  static final String ALBUM = "playerData/photo/";

  /** The all-genre score list of each difficulty (0 BASIC … 4 Re:MASTER, 10 utage). */
  static final List<String> SCORE_LISTS =
      List.of(0, 1, 2, 3, 4, 10).stream()
          .map(diff -> "record/musicGenre/search/?genre=99&diff=" + diff)
          .toList();

  private final NetFetcher fetcher;
  private final ArchivePorts ports;
  private final long runId;
  private final Consumer<Progress> progress;
  private final List<PlayKey> newPlays = new ArrayList<>();
  private PlayerDataPage playerData;
  private Instant playerDataAt;
  private int detailsFetched;
  private int newPhotos;
  private int unreadable;

  SyncSteps(NetFetcher fetcher, ArchivePorts ports, long runId, Consumer<Progress> progress) {
    this.fetcher = fetcher;
    this.ports = ports;
    this.runId = runId;
    this.progress = progress;
  }

  /** Reads NET's total play counter; -1 when the page did not show it or could not be read. */
  int readCounter() {
    try {
      NetFetcher.Read read = fetcher.read(PLAYER_DATA);
      if (read.page() instanceof PlayerDataPage data) {
        playerData = data;
        playerDataAt = read.raw().fetchedAt();
        return data.playCountTotal();
      }
      unreadable++;
      return -1;
    } catch (ProbeException e) {
      if (e.kind() != ProbeException.Kind.UNRECOGNISED_PAGE) {
        throw e;
      }
      unreadable++;
      return -1;
    }
  }

  int counter() {
    return playerData == null ? -1 : playerData.playCountTotal();
  }

  RecordPage fetchRecordList() {
    progress.accept(new Progress("record list", 0, 1));
    NetPage page = fetcher.read(RECORD).page();
    if (page instanceof RecordPage record) {
      return record;
    }
    throw unexpected(RECORD, PageKind.RECORD, page);
  }

  /** Saves the listed plays (without details yet); returns the keys new to the archive. */
  List<PlayKey> saveRecordList(RecordPage record) {
    ArchiveBatch batch = new ArchiveBatch(fetcher.player()).addPlays(record.plays());
    newPlays.addAll(save(batch).newPlays());
    return List.copyOf(newPlays);
  }

  /** Keeps the counter reading once the plays it counts are safe. */
  void saveCounterSnapshot() {
    if (playerData != null) {
      ports
          .profiles()
          .saveSnapshot(PageRecords.snapshot(fetcher.player(), playerDataAt, playerData));
    }
  }

  /** Fetches, oldest first, the detail pages of listed plays archived without one. */
  void fetchMissingDetails(RecordPage record) {
    List<RecordEntry> entries = record.plays();
    List<PlayKey> keys =
        entries.stream().map(e -> PageRecords.play(fetcher.player(), e, null).key()).toList();
    Set<PlayKey> haveDetail = ports.loadPlays().keysWithDetail(fetcher.player(), keys);
    List<RecordEntry> missing = new ArrayList<>();
    for (int i = entries.size() - 1; i >= 0; i--) {
      if (!haveDetail.contains(keys.get(i)) && !entries.get(i).detailIdx().isBlank()) {
        missing.add(entries.get(i));
      }
    }
    for (int i = 0; i < missing.size(); i++) {
      progress.accept(new Progress("play details", i, missing.size()));
      String path = DETAIL + URLEncoder.encode(missing.get(i).detailIdx(), StandardCharsets.UTF_8);
      NetPage page = readOrNull(path);
      detailsFetched++;
      if (page instanceof PlayDetailPage detail) {
        save(new ArchiveBatch(fetcher.player()).add(detail, detail.play().playedAt()));
      } else if (page != null) {
        unreadable++;
      }
    }
    progress.accept(new Progress("play details", missing.size(), missing.size()));
  }

  void fetchAlbum() {
    progress.accept(new Progress("album", 0, 1));
    NetFetcher.Read read = readOrSkip(ALBUM);
    if (read == null) {
      return;
    }
    if (read.page() instanceof PhotoAlbumPage album) {
      List<Photo> photos = new AlbumImages(fetcher, ports).withNewImages(album);
      newPhotos += save(new ArchiveBatch(fetcher.player()).addPhotos(photos)).newPhotos();
    } else {
      unreadable++;
    }
    progress.accept(new Progress("album", 1, 1));
  }

  /** Reads every score list and keeps what each shows as bests seen when it was fetched. */
  void fetchScoreLists() {
    for (int i = 0; i < SCORE_LISTS.size(); i++) {
      progress.accept(new Progress("score lists", i, SCORE_LISTS.size()));
      NetFetcher.Read read = readOrSkip(SCORE_LISTS.get(i));
      if (read != null && read.page() instanceof ScoreListPage list) {
        save(new ArchiveBatch(fetcher.player()).add(list, read.raw().fetchedAt()));
      } else if (read != null) {
        unreadable++;
      }
    }
    progress.accept(new Progress("score lists", SCORE_LISTS.size(), SCORE_LISTS.size()));
  }

  /** Like {@link #readOrNull} but with the raw page (its fetch time). */
  private NetFetcher.Read readOrSkip(String path) {
    try {
      return fetcher.read(path);
    } catch (ProbeException e) {
      if (e.kind() != ProbeException.Kind.UNRECOGNISED_PAGE) {
        throw e;
      }
      unreadable++;
      return null;
    }
  }

  /** A page that today's parsers cannot read is kept raw and skipped; NET's errors stop. */
  private NetPage readOrNull(String path) {
    NetFetcher.Read read = readOrSkip(path);
    return read == null ? null : read.page();
  }

  private ArchiveBatch.Outcome save(ArchiveBatch batch) {
    return ports.transactions().inTransaction(() -> batch.save(ports, runId));
  }

  private static ProbeException unexpected(String path, PageKind expected, NetPage got) {
    return ProbeException.unrecognised(
        "NET answered " + path + " with a " + got.kind() + " page instead of " + expected);
  }

  List<PlayKey> newPlays() {
    return List.copyOf(newPlays);
  }

  int detailsFetched() {
    return detailsFetched;
  }

  int newPhotos() {
    return newPhotos;
  }

  int unreadablePages() {
    return unreadable;
  }
}
