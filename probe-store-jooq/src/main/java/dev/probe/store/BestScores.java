package dev.probe.store;

import static dev.probe.store.gen.Tables.LISTED_SCORE;

import dev.probe.core.application.port.out.ScoreListStorePort;
import dev.probe.core.domain.Achievement;
import dev.probe.core.domain.BestScore;
import dev.probe.core.domain.ChartId;
import dev.probe.core.domain.DxScore;
import dev.probe.core.domain.PlayResult;
import dev.probe.core.domain.PlayerId;
import dev.probe.store.gen.tables.records.ListedScoreRecord;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.InsertValuesStep9;
import org.jooq.Record;

/** Listed scores kept as seen; bests derived from them and the plays, so they never go down. */
final class BestScores implements ScoreListStorePort {

  /**
   * Every part of a best is its own maximum over plays and listed scores up to {@code asOf}; {@code
   * from_plays} tells whether plays alone reach every part.
   */
  private static final String BESTS =
      """
      with src as (
        select chart_pk, played_at as at, achievement, rank_code, dx_score, dx_max, combo_code,
               sync_code, true as from_play
          from play where player = ? and played_at <= ?::timestamptz
        union all
        select chart_pk, seen_at, achievement, rank_code, dx_score, dx_max, combo_code,
               sync_code, false
          from listed_score where player = ? and seen_at <= ?::timestamptz
      ), best as (
        select chart_pk,
               max(achievement) as achievement, max(rank_code) as rank_code,
               max(dx_score) as dx_score, max(dx_max) as dx_max,
               max(combo_code) as combo_code, max(sync_code) as sync_code,
               (array_agg(at order by achievement desc, at))[1] as achieved_at,
               coalesce(max(achievement) filter (where from_play) = max(achievement)
                    and max(rank_code) filter (where from_play) = max(rank_code)
                    and max(dx_score) filter (where from_play) = max(dx_score)
                    and max(combo_code) filter (where from_play) = max(combo_code)
                    and max(sync_code) filter (where from_play) = max(sync_code), false)
                 as from_plays
          from src group by chart_pk
      )
      select k.chart_id, b.achievement, b.rank_code, b.dx_score, b.dx_max, b.combo_code,
             b.sync_code, b.achieved_at, b.from_plays
        from best b join chart_key k on k.pk = b.chart_pk
      """;

  private final StoreTx tx;

  BestScores(StoreTx tx) {
    this.tx = tx;
  }

  @Override
  public void saveListedScores(PlayerId player, Instant seenAt, Map<ChartId, PlayResult> scores) {
    if (scores.isEmpty()) {
      return;
    }
    tx.write(
        dsl -> {
          Map<ChartId, Integer> charts = ChartKeys.resolve(dsl, scores.keySet());
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
          for (Map.Entry<ChartId, PlayResult> e : new TreeMap<>(scores).entrySet()) {
            PlayResult r = e.getValue();
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
          return insert.onConflictDoNothing().execute();
        });
  }

  @Override
  public List<BestScore> bestScores(PlayerId player, Instant asOf) {
    OffsetDateTime at = PlayRows.utc(asOf);
    return tx.read(
        dsl -> {
          List<BestScore> bests = new ArrayList<>();
          for (Record r : dsl.resultQuery(BESTS, player.value(), at, player.value(), at)) {
            bests.add(best(r));
          }
          bests.sort(Comparator.comparing(BestScore::chartId));
          return List.copyOf(bests);
        });
  }

  private static BestScore best(Record r) {
    int dxScore = r.get("dx_score", Integer.class);
    int dxMax = r.get("dx_max", Integer.class);
    PlayResult result =
        new PlayResult(
            new Achievement(r.get("achievement", Integer.class)),
            Codes.rank(r.get("rank_code", Short.class)),
            // a score seen where the maximum was unknown may exceed a maximum seen elsewhere
            new DxScore(dxScore, dxScore > dxMax ? 0 : dxMax),
            Codes.combo(r.get("combo_code", Short.class)),
            Codes.sync(r.get("sync_code", Short.class)));
    return new BestScore(
        ChartId.parse(r.get("chart_id", String.class)),
        result,
        r.get("achieved_at", OffsetDateTime.class).toInstant(),
        r.get("from_plays", Boolean.class));
  }
}
