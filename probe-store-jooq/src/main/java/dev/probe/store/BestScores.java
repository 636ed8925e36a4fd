package dev.probe.store;

import static dev.probe.store.gen.Tables.LISTED_SCORE;

import dev.probe.core.application.port.out.ScoreListStorePort;
import dev.probe.core.domain.BestScore;
import dev.probe.core.domain.ChartId;
import dev.probe.core.domain.PlayResult;
import dev.probe.core.domain.PlayerId;
import dev.probe.store.BestState.Source;
import dev.probe.store.gen.tables.records.ListedScoreRecord;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.InsertValuesStep9;
import org.jooq.Record;

/** Listed scores kept as seen; bests derived from them and the plays, so they never go down. */
final class BestScores implements ScoreListStorePort {

  private final StoreTx tx;
  private final ChartKeyTable charts;

  BestScores(StoreTx tx, ChartIdCache ids) {
    this.tx = tx;
    this.charts = new ChartKeyTable(ids);
  }

  @Override
  public void saveListedScores(PlayerId player, Instant seenAt, Map<ChartId, PlayResult> scores) {
    if (scores.isEmpty()) {
      return;
    }
    tx.write(
        dsl -> {
          Map<ChartId, Integer> charts = ChartKeys.resolve(dsl, scores.keySet());
          BestStates.lock(dsl, player.value(), charts.values());
          InsertValuesStep9<
                  ListedScoreRecord,
                  String,
                  Integer,
                  OffsetDateTime,
                  Integer,
                  Short,
                  Integer,
                  Integer,
                  Short,
                  Short>
              insert =
                  dsl.insertInto(
                      LISTED_SCORE,
                      LISTED_SCORE.PLAYER,
                      LISTED_SCORE.CHART_PK,
                      LISTED_SCORE.SEEN_AT,
                      LISTED_SCORE.ACHIEVEMENT,
                      LISTED_SCORE.RANK_CODE,
                      LISTED_SCORE.DX_SCORE,
                      LISTED_SCORE.DX_MAX,
                      LISTED_SCORE.COMBO_CODE,
                      LISTED_SCORE.SYNC_CODE);
          Map<Integer, PlayResult> byPk = new java.util.HashMap<>();
          for (Map.Entry<ChartId, PlayResult> e : new TreeMap<>(scores).entrySet()) {
            PlayResult r = e.getValue();
            byPk.put(charts.get(e.getKey()), r);
            insert =
                insert.values(
                    player.value(),
                    charts.get(e.getKey()),
                    PlayRows.utc(seenAt),
                    r.achievement().value(),
                    Codes.rank(r.rank()),
                    r.dxScore().score(),
                    r.dxScore().max(),
                    Codes.combo(r.combo()),
                    Codes.sync(r.sync()));
          }
          List<Source> fresh = new ArrayList<>();
          for (Record r :
              insert.onConflictDoNothing().returningResult(LISTED_SCORE.CHART_PK).fetch()) {
            fresh.add(
                new Source(
                    r.get(LISTED_SCORE.CHART_PK),
                    seenAt,
                    byPk.get(r.get(LISTED_SCORE.CHART_PK)),
                    false));
          }
          BestStates.add(dsl, player.value(), fresh);
          return fresh.size();
        });
  }

  /** One row per chart: the state in force at {@code asOf} (sources strictly before it). */
  @Override
  public List<BestScore> bestScores(PlayerId player, Instant asOf) {
    return tx.read(dsl -> BestsAsOf.read(dsl, charts, player.value(), asOf));
  }
}
