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
   * Each part of a best is the best seen before {@code asOf} in plays and listed scores, as the
   * core's BestResults merges them: the rank follows the best achievement, the DX maximum the best
   * DX score, ties go to plays and then to the earliest; {@code from_plays} tells whether plays
   * alone give the same result.
   */
  private static final String BESTS =
      """
      with src as (
        select chart_pk, played_at as at, achievement, rank_code, dx_score, dx_max, combo_code,
               sync_code, true as from_play
          from play where player = ? and played_at < ?::timestamptz
        union all
        select chart_pk, seen_at, achievement, rank_code, dx_score, dx_max, combo_code,
               sync_code, false
          from listed_score where player = ? and seen_at < ?::timestamptz
      ), best as (
        select chart_pk,
               (array_agg(achievement order by achievement desc, not from_play, at))[1] as a,
               (array_agg(rank_code order by achievement desc, not from_play, at))[1] as r,
               (array_agg(dx_score order by dx_score desc, not from_play, at))[1] as d,
               (array_agg(dx_max order by dx_score desc, not from_play, at))[1] as dm,
               max(combo_code) as c, max(sync_code) as s,
               (array_agg(at order by achievement desc, at))[1] as achieved_at,
               (array_agg(achievement order by achievement desc, at) filter (where from_play))[1]
                 as pa,
               (array_agg(rank_code order by achievement desc, at) filter (where from_play))[1]
                 as pr,
               (array_agg(dx_score order by dx_score desc, at) filter (where from_play))[1] as pd,
               (array_agg(dx_max order by dx_score desc, at) filter (where from_play))[1] as pdm,
               max(combo_code) filter (where from_play) as pc,
               max(sync_code) filter (where from_play) as ps
          from src group by chart_pk
      )
      select k.chart_id, b.a, b.r, b.d, b.dm, b.c, b.s, b.achieved_at,
             coalesce(b.a = b.pa and b.r = b.pr and b.d = b.pd and b.dm = b.pdm and b.c = b.pc
                      and b.s = b.ps, false) as from_plays
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
    PlayResult result =
        new PlayResult(
            new Achievement(r.get("a", Integer.class)),
            Codes.rank(r.get("r", Short.class)),
            new DxScore(r.get("d", Integer.class), r.get("dm", Integer.class)),
            Codes.combo(r.get("c", Short.class)),
            Codes.sync(r.get("s", Short.class)));
    return new BestScore(
        ChartId.parse(r.get("chart_id", String.class)),
        result,
        r.get("achieved_at", OffsetDateTime.class).toInstant(),
        r.get("from_plays", Boolean.class));
  }
}
