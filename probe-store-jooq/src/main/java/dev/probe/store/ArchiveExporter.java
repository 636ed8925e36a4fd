package dev.probe.store;

import static dev.probe.store.gen.Tables.CHART_KEY;
import static dev.probe.store.gen.Tables.CHART_REF;
import static dev.probe.store.gen.Tables.LISTED_SCORE;
import static dev.probe.store.gen.Tables.PHOTO;
import static dev.probe.store.gen.Tables.PLAY;
import static dev.probe.store.gen.Tables.PLAYER;
import static dev.probe.store.gen.Tables.PROFILE_SNAPSHOT;
import static dev.probe.store.gen.Tables.RAW_BODY;
import static dev.probe.store.gen.Tables.RAW_SIGHTING;
import static dev.probe.store.gen.Tables.SYNC_RUN;

import dev.probe.core.domain.Achievement;
import dev.probe.core.domain.DxScore;
import dev.probe.core.domain.Photo;
import dev.probe.core.domain.PlayResult;
import dev.probe.core.domain.PlayerId;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.impl.DSL;

/**
 * Writes the whole archive as JSON Lines, one file per kind, plus every raw page body as {@code
 * raw/<sha256>.gz}, from one consistent snapshot. Rows are streamed, never held in memory, and
 * ordered by their identity so that equal archives give equal files. NET sessions stay out.
 */
final class ArchiveExporter {

  static final String MANIFEST = "probe-export.json";
  static final int FORMAT_VERSION = 1;

  private final DSLContext dsl;
  private final Path dir;
  private final Map<String, Long> counts = new TreeMap<>();

  private ArchiveExporter(DSLContext dsl, Path dir) {
    this.dsl = dsl;
    this.dir = dir;
  }

  static Map<String, Long> export(StoreTx tx, Path dir) {
    try {
      Files.createDirectories(dir.resolve("raw"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the export folder " + dir, e);
    }
    return tx.write(
        dsl -> {
          dsl.execute("set transaction isolation level repeatable read, read only");
          return new ArchiveExporter(dsl, dir).run();
        });
  }

  private Map<String, Long> run() {
    lines(
        "players",
        dsl.select(PLAYER.fields()).from(PLAYER).orderBy(PLAYER.HANDLE),
        r -> ArchiveJson.player(PlayerStore.map(r)));
    write("songs", CatalogStore.songs(dsl, DSL.noCondition()).stream().map(ArchiveJson::song));
    write("charts", CatalogStore.charts(dsl, DSL.noCondition()).stream().map(ArchiveJson::chart));
    lines(
        "sync_runs",
        dsl.select(SYNC_RUN.fields()).from(SYNC_RUN).orderBy(SYNC_RUN.ID),
        r -> ArchiveJson.syncRun(SyncRunStore.map(r)));
    lines(
        "plays",
        PlayRows.select(dsl).orderBy(PLAY.PLAYER, PLAY.PLAYED_AT, PLAY.TRACK, PLAY.PLAY_KEY),
        r -> ArchiveJson.play(PlayRows.map(r), r.get(PLAY.FIRST_RUN)));
    lines(
        "listed_scores",
        dsl.select(LISTED_SCORE.fields())
            .select(CHART_KEY.CHART_ID)
            .from(LISTED_SCORE)
            .join(CHART_KEY)
            .on(CHART_KEY.PK.eq(LISTED_SCORE.CHART_PK))
            .orderBy(LISTED_SCORE.PLAYER, CHART_KEY.CHART_ID, LISTED_SCORE.SEEN_AT),
        ArchiveExporter::listedScore);
    lines(
        "profiles",
        dsl.select(PROFILE_SNAPSHOT.fields())
            .from(PROFILE_SNAPSHOT)
            .orderBy(PROFILE_SNAPSHOT.PLAYER, PROFILE_SNAPSHOT.TAKEN_AT),
        r -> ArchiveJson.profile(ProfileStore.map(r)));
    lines(
        "photos",
        dsl.select(PHOTO.fields())
            .select(CHART_REF.fields())
            .select(CHART_KEY.CHART_ID)
            .from(PHOTO)
            .join(CHART_REF)
            .on(CHART_REF.PK.eq(PHOTO.REF_PK))
            .join(CHART_KEY)
            .on(CHART_KEY.PK.eq(PHOTO.CHART_PK))
            .orderBy(PHOTO.PLAYER, PHOTO.TAKEN_AT, CHART_KEY.CHART_ID),
        r ->
            ArchiveJson.photo(
                new Photo(
                    new PlayerId(r.get(PHOTO.PLAYER)),
                    r.get(PHOTO.TAKEN_AT).toInstant(),
                    ChartKeys.ref(r),
                    r.get(PHOTO.IMAGE_URL),
                    r.get(PHOTO.IMAGE_SHA256))));
    lines(
        "raw_pages",
        dsl.select(RAW_SIGHTING.fields())
            .select(RAW_BODY.SIZE)
            .from(RAW_SIGHTING)
            .join(RAW_BODY)
            .on(RAW_BODY.SHA256.eq(RAW_SIGHTING.SHA256))
            .orderBy(
                RAW_SIGHTING.PLAYER,
                RAW_SIGHTING.FETCHED_AT,
                RAW_SIGHTING.SYNC_RUN_ID,
                RAW_SIGHTING.SHA256,
                RAW_SIGHTING.URL),
        r -> ArchiveJson.rawPage(RawPageStore.ref(r)));
    bodies();
    manifest();
    return Map.copyOf(counts);
  }

  private static String listedScore(Record r) {
    PlayResult result =
        new PlayResult(
            new Achievement(r.get(LISTED_SCORE.ACHIEVEMENT)),
            Codes.rank(r.get(LISTED_SCORE.RANK_CODE)),
            new DxScore(r.get(LISTED_SCORE.DX_SCORE), r.get(LISTED_SCORE.DX_MAX)),
            Codes.combo(r.get(LISTED_SCORE.COMBO_CODE)),
            Codes.sync(r.get(LISTED_SCORE.SYNC_CODE)));
    return ArchiveJson.listedScore(
        r.get(LISTED_SCORE.PLAYER),
        r.get(CHART_KEY.CHART_ID),
        r.get(LISTED_SCORE.SEEN_AT).toInstant(),
        result);
  }

  private void lines(String kind, ResultQuery<Record> query, Function<Record, String> toLine) {
    try (BufferedWriter out = writer(kind);
        Cursor<Record> rows = query.fetchSize(1000).fetchLazy()) {
      long n = 0;
      for (Record r : rows) {
        out.write(toLine.apply(r));
        out.write('\n');
        n++;
      }
      counts.put(kind, n);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + kind + " to " + dir, e);
    }
  }

  private void write(String kind, java.util.stream.Stream<String> lines) {
    try (BufferedWriter out = writer(kind)) {
      long n = 0;
      for (String line : (Iterable<String>) lines::iterator) {
        out.write(line);
        out.write('\n');
        n++;
      }
      counts.put(kind, n);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + kind + " to " + dir, e);
    }
  }

  private void bodies() {
    long n = 0;
    try (Cursor<? extends Record> rows =
        dsl.select(RAW_BODY.SHA256, RAW_BODY.GZ)
            .from(RAW_BODY)
            .orderBy(RAW_BODY.SHA256)
            .fetchSize(100)
            .fetchLazy()) {
      for (Record r : rows) {
        Files.write(dir.resolve("raw").resolve(r.get(RAW_BODY.SHA256) + ".gz"), r.get(RAW_BODY.GZ));
        n++;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write raw page bodies to " + dir, e);
    }
    counts.put("raw_bodies", n);
  }

  private void manifest() {
    Map<String, Object> m = new java.util.LinkedHashMap<>();
    m.put("format", "probe-export");
    m.put("formatVersion", FORMAT_VERSION);
    m.put("counts", new TreeMap<>(counts));
    try {
      Files.writeString(dir.resolve(MANIFEST), Json.write(m) + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the export's manifest in " + dir, e);
    }
  }

  private BufferedWriter writer(String kind) throws IOException {
    return Files.newBufferedWriter(dir.resolve(kind + ".jsonl"), StandardCharsets.UTF_8);
  }
}
