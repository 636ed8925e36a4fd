package dev.probe.store;

import static dev.probe.store.gen.Tables.CHART;
import static dev.probe.store.gen.Tables.CHART_CONSTANT;
import static dev.probe.store.gen.Tables.CHART_KEY;
import static dev.probe.store.gen.Tables.SONG;

import dev.probe.core.application.port.out.CatalogPort;
import dev.probe.core.domain.Chart;
import dev.probe.core.domain.ChartId;
import dev.probe.core.domain.GameVersion;
import dev.probe.core.domain.InternalLevel;
import dev.probe.core.domain.NoteCounts;
import dev.probe.core.domain.Song;
import dev.probe.core.domain.SongKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * Songs, charts and their constants per version; saving merges constants, never drops them. The
 * whole catalogue, which every page's ratings read, is kept between saves ({@link CatalogCache}).
 */
final class CatalogStore implements CatalogPort {

  private final StoreTx tx;
  private final CatalogCache<Chart> charts = new CatalogCache<>();
  private final CatalogCache<Song> songs = new CatalogCache<>();

  CatalogStore(StoreTx tx) {
    this.tx = tx;
  }

  @Override
  public void saveCatalog(List<Song> songs, List<Chart> charts) {
    tx.write(
        dsl -> {
          songs.stream().sorted(Comparator.comparing(Song::key)).forEach(s -> saveSong(dsl, s));
          Map<ChartId, Integer> keys =
              ChartKeys.resolve(dsl, charts.stream().map(Chart::id).toList());
          charts.stream()
              .sorted(Comparator.comparing(Chart::id))
              .forEach(c -> saveChart(dsl, keys.get(c.id()), c));
          CatalogCache.bump(dsl);
          return null;
        });
  }

  private static void saveSong(DSLContext dsl, Song s) {
    dsl.insertInto(SONG)
        .set(SONG.TITLE, s.key().title())
        .set(SONG.VARIANT, s.key().variant())
        .set(SONG.ARTIST, s.artist())
        .set(SONG.GENRE, s.genre())
        .set(SONG.GAME_VERSION, s.version().name())
        .set(SONG.BPM, s.bpm())
        .onConflict(SONG.TITLE, SONG.VARIANT)
        .doUpdate()
        .set(SONG.ARTIST, s.artist())
        .set(SONG.GENRE, s.genre())
        .set(SONG.GAME_VERSION, s.version().name())
        .set(SONG.BPM, s.bpm())
        .execute();
  }

  /**
   * Inserts or updates a chart. What the new one does not know (no level label, no note counts, no
   * first version, as for a chart learned from a NET page) keeps what was known; flags follow the
   * newest save.
   */
  private static void saveChart(DSLContext dsl, int pk, Chart c) {
    NoteCounts n = c.notes();
    boolean notesKnown = !n.equals(NoteCounts.UNKNOWN);
    dsl.insertInto(CHART)
        .set(CHART.CHART_PK, pk)
        .set(CHART.LEVEL_LABEL, c.level())
        .set(CHART.TAP, n.tap())
        .set(CHART.HOLD, n.hold())
        .set(CHART.SLIDE, n.slide())
        .set(CHART.TOUCH, n.touch())
        .set(CHART.BREAKS, n.breaks())
        .set(CHART.ADDED_IN, c.addedIn() == null ? null : c.addedIn().name())
        .set(CHART.PROVIDER_NEW, c.providerNew())
        .set(CHART.REMOVED, c.removed())
        .onConflict(CHART.CHART_PK)
        .doUpdate()
        .set(CHART.LEVEL_LABEL, c.level().isEmpty() ? CHART.LEVEL_LABEL : DSL.val(c.level()))
        .set(CHART.TAP, notesKnown ? DSL.val(n.tap()) : CHART.TAP)
        .set(CHART.HOLD, notesKnown ? DSL.val(n.hold()) : CHART.HOLD)
        .set(CHART.SLIDE, notesKnown ? DSL.val(n.slide()) : CHART.SLIDE)
        .set(CHART.TOUCH, notesKnown ? DSL.val(n.touch()) : CHART.TOUCH)
        .set(CHART.BREAKS, notesKnown ? DSL.val(n.breaks()) : CHART.BREAKS)
        .set(CHART.ADDED_IN, c.addedIn() == null ? CHART.ADDED_IN : DSL.val(c.addedIn().name()))
        .set(CHART.PROVIDER_NEW, c.providerNew())
        .set(CHART.REMOVED, c.removed())
        .execute();
    for (Map.Entry<GameVersion, InternalLevel> e : new TreeMap<>(c.constants()).entrySet()) {
      dsl.insertInto(CHART_CONSTANT)
          .set(CHART_CONSTANT.CHART_PK, pk)
          .set(CHART_CONSTANT.GAME_VERSION, e.getKey().name())
          .set(CHART_CONSTANT.TENTHS, (short) e.getValue().tenths())
          .set(CHART_CONSTANT.ESTIMATED, e.getValue().estimated())
          .onConflict(CHART_CONSTANT.CHART_PK, CHART_CONSTANT.GAME_VERSION)
          .doUpdate()
          .set(CHART_CONSTANT.TENTHS, (short) e.getValue().tenths())
          .set(CHART_CONSTANT.ESTIMATED, e.getValue().estimated())
          .execute();
    }
  }

  @Override
  public List<Song> allSongs() {
    return tx.read(dsl -> songs.get(dsl, d -> songs(d, DSL.noCondition())));
  }

  @Override
  public Optional<Song> findSong(SongKey key) {
    return tx.read(
        dsl ->
            songs(dsl, SONG.TITLE.eq(key.title()).and(SONG.VARIANT.eq(key.variant()))).stream()
                .findFirst());
  }

  static List<Song> songs(DSLContext dsl, Condition where) {
    List<Song> songs = new ArrayList<>();
    for (Record r : dsl.select(SONG.fields()).from(SONG).where(where).fetch()) {
      songs.add(
          new Song(
              new SongKey(r.get(SONG.TITLE), r.get(SONG.VARIANT)),
              r.get(SONG.ARTIST),
              r.get(SONG.GENRE),
              GameVersion.valueOf(r.get(SONG.GAME_VERSION)),
              r.get(SONG.BPM)));
    }
    songs.sort(Comparator.comparing(Song::key));
    return List.copyOf(songs);
  }

  @Override
  public List<Chart> allCharts() {
    return tx.read(dsl -> charts.get(dsl, d -> charts(d, DSL.noCondition())));
  }

  @Override
  public Optional<Chart> findChart(ChartId id) {
    return tx.read(dsl -> charts(dsl, CHART_KEY.CHART_ID.eq(id.asString())).stream().findFirst());
  }

  static List<Chart> charts(DSLContext dsl, Condition where) {
    Map<Integer, Map<GameVersion, InternalLevel>> constants = new HashMap<>();
    for (Record r :
        dsl.select(CHART_CONSTANT.fields())
            .from(CHART_CONSTANT)
            .join(CHART_KEY)
            .on(CHART_KEY.PK.eq(CHART_CONSTANT.CHART_PK))
            .where(where)
            .fetch()) {
      constants
          .computeIfAbsent(r.get(CHART_CONSTANT.CHART_PK), k -> new EnumMap<>(GameVersion.class))
          .put(
              GameVersion.valueOf(r.get(CHART_CONSTANT.GAME_VERSION)),
              new InternalLevel(r.get(CHART_CONSTANT.TENTHS), r.get(CHART_CONSTANT.ESTIMATED)));
    }
    List<Chart> charts = new ArrayList<>();
    for (Record r :
        dsl.select(CHART.fields())
            .select(CHART_KEY.CHART_ID)
            .from(CHART)
            .join(CHART_KEY)
            .on(CHART_KEY.PK.eq(CHART.CHART_PK))
            .where(where)
            .fetch()) {
      charts.add(
          new Chart(
              ChartId.parse(r.get(CHART_KEY.CHART_ID)),
              r.get(CHART.LEVEL_LABEL),
              new NoteCounts(
                  r.get(CHART.TAP),
                  r.get(CHART.HOLD),
                  r.get(CHART.SLIDE),
                  r.get(CHART.TOUCH),
                  r.get(CHART.BREAKS)),
              r.get(CHART.ADDED_IN) == null ? null : GameVersion.valueOf(r.get(CHART.ADDED_IN)),
              constants.getOrDefault(r.get(CHART.CHART_PK), Map.of()),
              r.get(CHART.PROVIDER_NEW),
              r.get(CHART.REMOVED)));
    }
    charts.sort(Comparator.comparing(Chart::id));
    return List.copyOf(charts);
  }
}
