package dev.probe.core.application.service;

import dev.probe.core.domain.ChartId;
import dev.probe.core.domain.ChartIds;
import dev.probe.core.domain.ChartRef;
import dev.probe.core.domain.Photo;
import dev.probe.core.domain.Play;
import dev.probe.core.domain.PlayKey;
import dev.probe.core.domain.PlayResult;
import dev.probe.core.domain.Player;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.ProfileSnapshot;
import dev.probe.core.domain.page.FriendCodePage;
import dev.probe.core.domain.page.HomePage;
import dev.probe.core.domain.page.MusicDetailChart;
import dev.probe.core.domain.page.MusicDetailPage;
import dev.probe.core.domain.page.NetPage;
import dev.probe.core.domain.page.PhotoAlbumPage;
import dev.probe.core.domain.page.PlayDetailPage;
import dev.probe.core.domain.page.PlayerDataPage;
import dev.probe.core.domain.page.RecordEntry;
import dev.probe.core.domain.page.RecordPage;
import dev.probe.core.domain.page.ScoreEntry;
import dev.probe.core.domain.page.ScoreListPage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a set of parsed pages carries for one player, gathered first and saved in one go. A play
 * seen on the list and on its detail page is saved once, with its detail.
 */
final class ArchiveBatch {

  /** What saving changed. */
  record Outcome(List<PlayKey> newPlays, int detailsAdded, int newPhotos) {
    Outcome {
      newPlays = List.copyOf(newPlays);
    }
  }

  private record Listed(Instant seenAt, Map<ChartId, PlayResult> scores) {}

  private final PlayerId player;
  private final Map<PlayKey, Play> plays = new LinkedHashMap<>();
  private final List<ProfileSnapshot> snapshots = new ArrayList<>();
  private final List<Photo> photos = new ArrayList<>();
  private final List<Listed> listed = new ArrayList<>();
  private final List<FriendCodePage> identities = new ArrayList<>();
  private final Map<ChartId, ChartRef> charts = new LinkedHashMap<>();

  ArchiveBatch(PlayerId player) {
    this.player = player;
  }

  /** Gathers what {@code page}, fetched or saved at {@code seenAt}, says. */
  ArchiveBatch add(NetPage page, Instant seenAt) {
    if (page instanceof RecordPage record) {
      record.plays().forEach(e -> addPlay(PageRecords.play(player, e, null)));
    } else if (page instanceof PlayDetailPage detail) {
      addPlay(PageRecords.play(player, detail.play(), detail.detail()));
    } else if (page instanceof PlayerDataPage data) {
      snapshots.add(PageRecords.snapshot(player, seenAt, data));
    } else if (page instanceof HomePage home) {
      snapshots.add(PageRecords.snapshot(player, seenAt, home));
    } else if (page instanceof PhotoAlbumPage album) {
      photos.addAll(PageRecords.photos(player, album));
      album.photos().forEach(p -> learn(p.chart()));
    } else if (page instanceof ScoreListPage list) {
      listed.add(new Listed(seenAt, PageRecords.listedScores(list)));
      list.entries().stream().map(ScoreEntry::chart).forEach(this::learn);
    } else if (page instanceof MusicDetailPage music) {
      listed.add(new Listed(seenAt, PageRecords.listedScores(music)));
      for (MusicDetailChart chart : music.charts()) {
        learn(PageRecords.chartRef(music, chart));
      }
    } else if (page instanceof FriendCodePage identity) {
      identities.add(identity);
    }
    return this;
  }

  /** Adds one play; of two with one key the one with a detail wins. */
  ArchiveBatch addPlay(Play play) {
    plays.merge(play.key(), play, (a, b) -> a.detail() != null ? a : b);
    learn(play.chart());
    return this;
  }

  /** Adds album photos (with their images when downloaded). */
  ArchiveBatch addPhotos(List<Photo> album) {
    photos.addAll(album);
    album.forEach(p -> learn(p.chart()));
    return this;
  }

  ArchiveBatch addPlays(List<RecordEntry> entries) {
    entries.forEach(e -> addPlay(PageRecords.play(player, e, null)));
    return this;
  }

  boolean isEmpty() {
    return plays.isEmpty()
        && snapshots.isEmpty()
        && photos.isEmpty()
        && listed.isEmpty()
        && identities.isEmpty();
  }

  /** Saves everything gathered; call inside a transaction. */
  Outcome save(ArchivePorts ports, long runId) {
    int detailsAdded = 0;
    List<PlayKey> newPlays = List.of();
    if (!plays.isEmpty()) {
      List<Play> toSave = ExactKeys.resolve(plays.values(), ports.loadPlays());
      List<PlayKey> withDetail =
          toSave.stream().filter(p -> p.detail() != null).map(Play::key).toList();
      Set<PlayKey> hadDetail =
          withDetail.isEmpty()
              ? Set.of()
              : new HashSet<>(ports.loadPlays().keysWithDetail(player, withDetail));
      newPlays = ports.savePlays().savePlays(runId, toSave);
      detailsAdded = (int) withDetail.stream().filter(k -> !hadDetail.contains(k)).count();
    }
    snapshots.forEach(ports.profiles()::saveSnapshot);
    int newPhotos = photos.isEmpty() ? 0 : ports.photos().savePhotos(photos);
    for (Listed l : listed) {
      if (!l.scores().isEmpty()) {
        ports.scoreLists().saveListedScores(player, l.seenAt(), l.scores());
      }
    }
    identities.forEach(identity -> saveIdentity(ports, identity));
    CatalogLearner.learn(ports.catalog(), charts);
    return new Outcome(newPlays, detailsAdded, newPhotos);
  }

  private void saveIdentity(ArchivePorts ports, FriendCodePage page) {
    ports
        .players()
        .savePlayer(new Player(player, page.region(), page.player().name(), page.friendCode()));
  }

  private void learn(ChartRef ref) {
    charts.putIfAbsent(ChartIds.of(ref), ref);
  }
}
