package dev.probe.store;

import dev.probe.core.domain.Achievement;
import dev.probe.core.domain.Chart;
import dev.probe.core.domain.ChartId;
import dev.probe.core.domain.ChartRef;
import dev.probe.core.domain.ChartType;
import dev.probe.core.domain.ComboFlag;
import dev.probe.core.domain.Count;
import dev.probe.core.domain.Difficulty;
import dev.probe.core.domain.DxScore;
import dev.probe.core.domain.GameVersion;
import dev.probe.core.domain.InternalLevel;
import dev.probe.core.domain.JudgementRow;
import dev.probe.core.domain.JudgementTable;
import dev.probe.core.domain.NoteCounts;
import dev.probe.core.domain.NoteType;
import dev.probe.core.domain.PartnerCharacter;
import dev.probe.core.domain.Play;
import dev.probe.core.domain.PlayDetail;
import dev.probe.core.domain.PlayKey;
import dev.probe.core.domain.PlayResult;
import dev.probe.core.domain.Player;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.ProfileSnapshot;
import dev.probe.core.domain.Rank;
import dev.probe.core.domain.Region;
import dev.probe.core.domain.Song;
import dev.probe.core.domain.SongKey;
import dev.probe.core.domain.SyncFlag;
import dev.probe.core.domain.SyncRun;
import dev.probe.core.domain.SyncSource;
import dev.probe.core.domain.SyncStatus;
import dev.probe.core.domain.page.UserBlock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A synthetic archive the size of a real one: 1,400 songs / 6,000 charts, three players, plays over
 * five years in credits of four tracks, favourite charts played more, every play with its detail.
 * Each player's plays come as imports of 1,000 plays, then one sync of 40.
 */
final class BenchArchive {

  static final int BATCH = 1000;
  static final int SYNC = 40;
  static final List<PlayerId> PLAYERS =
      List.of(new PlayerId("me"), new PlayerId("sister"), new PlayerId("friend"));
  private static final Instant START = Instant.parse("2021-01-01T00:00:00Z");

  private final PostgresArchive archive;
  private final Random random;
  private final List<ChartRef> charts = new ArrayList<>();

  BenchArchive(PostgresArchive archive, Random random) {
    this.archive = archive;
    this.random = random;
    List<Song> songs = new ArrayList<>();
    List<Chart> catalog = new ArrayList<>();
    for (int s = 0; s < 1400; s++) {
      String title = String.format("Bench song %04d", s);
      songs.add(new Song(SongKey.of(title), "artist " + s, "maimai", GameVersion.DX, 150));
      for (ChartType type :
          s < 100 ? List.of(ChartType.STD, ChartType.DX) : List.of(ChartType.DX)) {
        for (Difficulty d :
            List.of(Difficulty.BASIC, Difficulty.ADVANCED, Difficulty.EXPERT, Difficulty.MASTER)) {
          int level = 20 + d.ordinal() * 30 + s % 30;
          ChartRef ref =
              new ChartRef(
                  title, type, d, (level / 10) + "", String.format("%016x", s), "maimai", "");
          charts.add(ref);
          Map<GameVersion, InternalLevel> constants = new EnumMap<>(GameVersion.class);
          constants.put(GameVersion.PRISM, InternalLevel.exact(level));
          constants.put(GameVersion.CIRCLE, InternalLevel.exact(level + (s % 3 == 0 ? 1 : 0)));
          catalog.add(
              new Chart(
                  ChartIdsOf.of(ref),
                  ref.level(),
                  new NoteCounts(400, 50, 40, 20, 30),
                  GameVersion.DX,
                  constants,
                  false,
                  false));
        }
      }
    }
    archive.catalog().saveCatalog(songs, catalog);
  }

  int songs() {
    return 1400;
  }

  List<ChartRef> charts() {
    return charts;
  }

  void importPlays(int total) {
    int perPlayer = total / PLAYERS.size();
    for (PlayerId player : PLAYERS) {
      archive.players().savePlayer(new Player(player, Region.JP, player.value().toUpperCase(), ""));
      long at = START.getEpochSecond();
      long span = 5L * 365 * 86_400;
      List<Play> batch = new ArrayList<>(BATCH);
      for (int i = 0; i < perPlayer; i++) {
        int track = 1 + i % 4;
        if (track == 1) {
          // a credit of four tracks takes 12 minutes: keys (the seconds) never repeat
          at += 2L * span / perPlayer * 4 * random.nextDouble() / 2 + 780;
        }
        Instant playedAt = Instant.ofEpochSecond(at + 180L * track);
        double progress = (double) i / perPlayer;
        batch.add(play(player, playedAt, track, progress));
        // the last plays come as one ordinary sync: the dashboard's latest run
        if (batch.size() == BATCH || i == perPlayer - 1 || i == perPlayer - 1 - SYNC) {
          save(player, batch);
          batch.clear();
        }
      }
    }
  }

  private void save(PlayerId player, List<Play> batch) {
    Instant to = batch.get(batch.size() - 1).playedAt();
    long run = archive.syncRuns().startRun(SyncRun.started(player, SyncSource.NET, to));
    int fresh = archive.savePlays().savePlays(run, batch).size();
    archive
        .syncRuns()
        .finishRun(
            new SyncRun(
                run,
                player,
                SyncSource.NET,
                to,
                to.plusSeconds(30),
                SyncStatus.DONE,
                batch.size() / 4,
                fresh,
                0,
                null,
                null,
                -1,
                -1,
                "",
                ""));
    archive
        .profiles()
        .saveSnapshot(
            new ProfileSnapshot(
                player,
                to.plusSeconds(31),
                new UserBlock(
                    player.value(),
                    15000,
                    "rating_base_rainbow",
                    100,
                    "trophy",
                    "Gold",
                    "icon",
                    "course",
                    "class"),
                100,
                1000,
                Map.of("sssp", new Count(10, 6000), "ap", new Count(5, 6000))));
  }

  private Play play(PlayerId player, Instant at, int track, double progress) {
    ChartRef ref = charts.get((int) (charts.size() * Math.pow(random.nextDouble(), 2)));
    ChartId id = ChartIdsOf.of(ref);
    int ach =
        (int)
            Math.max(
                0,
                Math.min(1_010_000, 930_000 + 70_000 * progress + random.nextGaussian() * 20_000));
    Achievement a = new Achievement(ach);
    PlayResult result =
        new PlayResult(
            a,
            Rank.of(a),
            new DxScore(ach * 1620 / 1_010_000, 1620),
            ach > 1_005_000 ? ComboFlag.AP : ach > 995_000 ? ComboFlag.FC : ComboFlag.NONE,
            random.nextInt(10) == 0 ? SyncFlag.FS : SyncFlag.NONE);
    return new Play(
        player,
        PlayKey.ofInstant(at),
        id,
        ref,
        track,
        at,
        result,
        random.nextInt(8) == 0,
        random.nextInt(8) == 0,
        0,
        "1," + at.getEpochSecond(),
        detail(ach));
  }

  private PlayDetail detail(int ach) {
    int miss = (1_010_000 - ach) / 20_000;
    return new PlayDetail(
        "Bench arcade " + random.nextInt(20),
        List.of(new PartnerCharacter("chara" + random.nextInt(50), 100, 5)),
        random.nextInt(40),
        random.nextInt(40),
        new JudgementTable(
            Map.of(
                NoteType.TAP, new JudgementRow(300, 80, 10, 2, miss),
                NoteType.HOLD, new JudgementRow(30, 15, 3, 1, 1),
                NoteType.SLIDE, new JudgementRow(null, 35, 3, 1, 1),
                NoteType.TOUCH, new JudgementRow(15, 4, 1, 0, 0),
                NoteType.BREAK, new JudgementRow(20, 8, 2, 0, 0))),
        new Count(500 - miss, 540),
        null,
        15_000,
        random.nextInt(3),
        List.of(),
        null,
        null);
  }

  /** The chart id as pages give it (kept apart so the generator reads like a page). */
  private static final class ChartIdsOf {
    static ChartId of(ChartRef ref) {
      return dev.probe.core.domain.ChartIds.of(ref);
    }
  }
}
