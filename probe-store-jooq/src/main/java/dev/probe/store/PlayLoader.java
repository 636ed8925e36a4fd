package dev.probe.store;

import static dev.probe.store.gen.Tables.CHART_KEY;
import static dev.probe.store.gen.Tables.PLAY;

import dev.probe.core.application.port.out.LoadPlaysPort;
import dev.probe.core.domain.ChartId;
import dev.probe.core.domain.PageRequest;
import dev.probe.core.domain.PageResult;
import dev.probe.core.domain.Play;
import dev.probe.core.domain.PlayFilter;
import dev.probe.core.domain.PlayKey;
import dev.probe.core.domain.PlayerId;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/** Reads plays; every list is ordered and paged by the database. */
final class PlayLoader implements LoadPlaysPort {

  private final StoreTx tx;
  private final PlayListReader reader;
  private final PlayPages pages;

  PlayLoader(StoreTx tx, PlayListReader reader) {
    this.tx = tx;
    this.reader = reader;
    this.pages = new PlayPages(reader);
  }

  @Override
  public Set<PlayKey> knownKeys(PlayerId player, Collection<PlayKey> keys) {
    return keysWhere(player, keys, DSL.noCondition());
  }

  @Override
  public Set<PlayKey> keysWithDetail(PlayerId player, Collection<PlayKey> keys) {
    return keysWhere(player, keys, PLAY.DETAIL.isNotNull());
  }

  private Set<PlayKey> keysWhere(PlayerId player, Collection<PlayKey> keys, Condition extra) {
    if (keys.isEmpty()) {
      return Set.of();
    }
    String[] wanted = keys.stream().map(PlayKey::value).distinct().toArray(String[]::new);
    return tx.read(
        dsl -> {
          Set<PlayKey> found = new HashSet<>();
          for (String k :
              dsl.select(PLAY.PLAY_KEY)
                  .from(PLAY)
                  .where(PLAY.PLAYER.eq(player.value()))
                  .and(PLAY.PLAY_KEY.eq(DSL.any(wanted)))
                  .and(extra)
                  .fetch(PLAY.PLAY_KEY)) {
            found.add(new PlayKey(k));
          }
          return Set.copyOf(found);
        });
  }

  @Override
  public Optional<Play> findPlay(PlayerId player, PlayKey key) {
    return tx.read(
        dsl ->
            PlayRows.select(dsl)
                .where(PLAY.PLAYER.eq(player.value()))
                .and(PLAY.PLAY_KEY.eq(key.value()))
                .fetchOptional(PlayRows::map));
  }

  /** One page of the player's plays that pass {@code filter}: see {@link PlayPages}. */
  @Override
  public PageResult<Play> findPlays(PlayerId player, PlayFilter filter, PageRequest page) {
    return tx.read(dsl -> pages.find(dsl, player, filter, page));
  }

  @Override
  public List<Play> chartHistory(PlayerId player, ChartId chart) {
    return tx.read(
        dsl ->
            reader.list(
                dsl,
                PLAY.PLAYER.eq(player.value()).and(PLAY.CHART_PK.eq(PlayFilters.chartPk(chart))),
                PlayPages.oldestFirst()));
  }

  @Override
  public Map<ChartId, Play> firstPlays(PlayerId player, Collection<ChartId> charts) {
    if (charts.isEmpty()) {
      return Map.of();
    }
    List<String> ids = charts.stream().map(ChartId::asString).distinct().toList();
    return tx.read(
        dsl -> {
          // The oldest play of each chart: one row per chart, by the (player, chart, time) index.
          var firsts =
              DSL.select(PLAY.ID)
                  .distinctOn(PLAY.CHART_PK)
                  .from(PLAY)
                  .where(
                      PLAY.PLAYER
                          .eq(player.value())
                          .and(
                              PLAY.CHART_PK.in(
                                  DSL.select(CHART_KEY.PK)
                                      .from(CHART_KEY)
                                      .where(CHART_KEY.CHART_ID.in(ids)))))
                  .orderBy(PLAY.CHART_PK, PLAY.PLAYED_AT, PLAY.TRACK, PLAY.PLAY_KEY);
          Map<ChartId, Play> first = new HashMap<>();
          for (Play p : reader.list(dsl, PLAY.ID.in(firsts), PlayPages.oldestFirst())) {
            first.put(p.chartId(), p);
          }
          return first;
        });
  }

  @Override
  public List<Play> playsOfRun(long syncRunId) {
    return tx.read(dsl -> reader.list(dsl, PLAY.FIRST_RUN.eq(syncRunId), PlayPages.oldestFirst()));
  }

  @Override
  public List<Play> playsBeforeWithoutDetail(PlayerId player, Instant before) {
    return tx.read(
        dsl ->
            reader.listWithoutDetail(
                dsl,
                PLAY.PLAYER.eq(player.value()).and(PLAY.PLAYED_AT.lt(PlayRows.utc(before))),
                PlayPages.oldestFirst()));
  }

  @Override
  public List<Play> playsBefore(PlayerId player, Instant before) {
    return tx.read(
        dsl ->
            reader.list(
                dsl,
                PLAY.PLAYER.eq(player.value()).and(PLAY.PLAYED_AT.lt(PlayRows.utc(before))),
                PlayPages.oldestFirst()));
  }

  @Override
  public long countPlays(PlayerId player) {
    return tx.read(dsl -> PlayMonths.total(dsl, player.value()));
  }
}
