package dev.probe.store;

import static dev.probe.store.gen.Tables.SYNC_RUN;

import dev.probe.core.domain.Chart;
import dev.probe.core.domain.ChartId;
import dev.probe.core.domain.Play;
import dev.probe.core.domain.PlayResult;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.ProbeException;
import dev.probe.core.domain.RawPage;
import dev.probe.core.domain.RawPageRef;
import dev.probe.core.domain.Song;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Reads an export back through the store's own upserts, in batches of one transaction each: an
 * interrupted import keeps whole batches only, and running it again completes it without
 * duplicating anything.
 */
final class ArchiveImporter {

  static final int PLAYS_PER_BATCH = 500;

  private final PostgresArchive archive;
  private final StoreTx tx;
  private final Path dir;
  private final Map<String, Long> counts = new TreeMap<>();

  ArchiveImporter(PostgresArchive archive, StoreTx tx, Path dir) {
    this.archive = archive;
    this.tx = tx;
    this.dir = dir;
  }

  static boolean isExport(Path dir) {
    return Files.isRegularFile(dir.resolve(ArchiveExporter.MANIFEST));
  }

  Map<String, Long> run() {
    if (!isExport(dir)) {
      throw ProbeException.invalid(
          dir + " is not a probe export: it has no " + ArchiveExporter.MANIFEST);
    }
    each("players", m -> archive.players().savePlayer(ArchiveJsonReader.player(m)));
    List<Song> songs = new ArrayList<>();
    each("songs", m -> songs.add(ArchiveJsonReader.song(m)));
    List<Chart> charts = new ArrayList<>();
    each("charts", m -> charts.add(ArchiveJsonReader.chart(m)));
    archive.catalog().saveCatalog(songs, charts);
    tx.write(
        dsl -> {
          each(
              "sync_runs",
              m ->
                  dsl.insertInto(SYNC_RUN)
                      .set(SyncRunStore.record(dsl, ArchiveJsonReader.syncRun(m)))
                      .onConflictDoNothing()
                      .execute());
          // later runs must not take an imported run's id
          dsl.execute(
              "select setval(pg_get_serial_sequence('sync_run', 'id'),"
                  + " greatest((select max(id) from sync_run), 1))");
          return null;
        });
    plays();
    listedScores();
    each("profiles", m -> archive.profiles().saveSnapshot(ArchiveJsonReader.profile(m)));
    List<dev.probe.core.domain.Photo> photos = new ArrayList<>();
    each("photos", m -> photos.add(ArchiveJsonReader.photo(m)));
    archive.photos().savePhotos(photos);
    each("raw_pages", m -> rawPage(ArchiveJsonReader.rawPage(m)));
    return Map.copyOf(counts);
  }

  private void plays() {
    List<Play> batch = new ArrayList<>();
    long[] batchRun = {-1};
    each(
        "plays",
        m -> {
          long run = ((Number) m.get("firstRun")).longValue();
          if (batch.size() == PLAYS_PER_BATCH || (run != batchRun[0] && !batch.isEmpty())) {
            archive.savePlays().savePlays(batchRun[0], batch);
            batch.clear();
          }
          batchRun[0] = run;
          batch.add(ArchiveJsonReader.play(m));
        });
    if (!batch.isEmpty()) {
      archive.savePlays().savePlays(batchRun[0], batch);
    }
  }

  private void listedScores() {
    Map<String, Map<ChartId, PlayResult>> byList = new LinkedHashMap<>();
    each(
        "listed_scores",
        m ->
            byList
                .computeIfAbsent(
                    ArchiveJsonReader.s(m, "player") + "\n" + ArchiveJsonReader.s(m, "seenAt"),
                    k -> new TreeMap<>())
                .put(
                    ChartId.parse(ArchiveJsonReader.s(m, "chartId")),
                    ArchiveJsonReader.result(m.get("result"))));
    byList.forEach(
        (k, scores) -> {
          String[] parts = k.split("\n", 2);
          archive
              .scoreLists()
              .saveListedScores(new PlayerId(parts[0]), Instant.parse(parts[1]), scores);
        });
  }

  private void rawPage(RawPageRef ref) {
    Path body = dir.resolve("raw").resolve(ref.sha256() + ".gz");
    RawPage page;
    try {
      page = new RawPage(ref.url(), ref.fetchedAt(), Gzip.decompress(Files.readAllBytes(body)));
    } catch (IOException | IllegalStateException e) {
      throw ProbeException.invalid("the export lacks a readable body for page " + ref.sha256());
    }
    if (!page.sha256().equals(ref.sha256())) {
      throw ProbeException.invalid("the export's body " + body + " does not match its SHA-256");
    }
    archive.rawPages().saveRawPage(ref.player(), ref.syncRunId(), page);
  }

  /** Calls {@code action} for every line of {@code kind}.jsonl (absent file: none). */
  private void each(String kind, Consumer<Map<String, Object>> action) {
    Path file = dir.resolve(kind + ".jsonl");
    if (!Files.exists(file)) {
      return;
    }
    long n = 0;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        Map<String, Object> m;
        try {
          m = Json.object(Json.read(line));
        } catch (RuntimeException e) {
          throw ProbeException.invalid(file + " line " + n + " is not a JSON object");
        }
        try {
          action.accept(m);
        } catch (ClassCastException | NullPointerException | IllegalArgumentException e) {
          throw ProbeException.invalid(file + " line " + n + " is malformed: " + e.getMessage());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    counts.put(kind, n);
  }
}
