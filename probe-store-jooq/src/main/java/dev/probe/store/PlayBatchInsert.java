package dev.probe.store;

import dev.probe.core.domain.Play;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;

/**
 * Plays upserted in one statement whatever their number: each column goes as one array and the rows
 * come back out of {@code unnest}, so the server parses one short statement and the driver binds 19
 * values instead of 19 per play. A known play stays as it is, except that a missing detail is
 * filled in.
 */
final class PlayBatchInsert {

  private static final String SQL =
      """
      insert into play (player, play_key, chart_pk, ref_pk, difficulty, track, played_at,
                        achievement, rank_code, dx_score, dx_max, combo_code, sync_code,
                        achievement_new_record, dx_score_new_record, place, detail_idx, detail,
                        first_run)
      select u.player, u.play_key, u.chart_pk, u.ref_pk, u.difficulty, u.track,
             u.played_at::timestamptz, u.achievement, u.rank_code, u.dx_score, u.dx_max,
             u.combo_code, u.sync_code, u.ach_nr, u.dx_nr, u.place, u.detail_idx,
             u.detail::jsonb, ?
        from unnest(?::varchar[], ?::varchar[], ?::int[], ?::int[], ?::varchar[], ?::int2[],
                    ?::text[], ?::int[], ?::int2[], ?::int[], ?::int[], ?::int2[], ?::int2[],
                    ?::bool[], ?::bool[], ?::int2[], ?::text[], ?::text[])
          as u (player, play_key, chart_pk, ref_pk, difficulty, track, played_at, achievement,
                rank_code, dx_score, dx_max, combo_code, sync_code, ach_nr, dx_nr, place,
                detail_idx, detail)
      on conflict (player, play_key) do update set detail = excluded.detail
       where play.detail is null and excluded.detail is not null
      returning player, play_key, (xmax = 0) as inserted
      """;

  /** A play with the keys of its chart and wording. */
  record Row(Play play, int chartPk, int refPk) {}

  private PlayBatchInsert() {}

  /**
   * Upserts {@code rows} (in this order, so concurrent savers lock rows alike).
   *
   * @return "player\nkey" of every play that was new
   */
  static Set<String> upsert(DSLContext dsl, long syncRunId, List<Row> rows) {
    return dsl.connectionResult(c -> run(c, syncRunId, rows));
  }

  private static Set<String> run(Connection c, long syncRunId, List<Row> rows) throws SQLException {
    int n = rows.size();
    String[] player = new String[n];
    String[] key = new String[n];
    Integer[] chart = new Integer[n];
    Integer[] ref = new Integer[n];
    String[] difficulty = new String[n];
    Short[] track = new Short[n];
    String[] playedAt = new String[n];
    Integer[] achievement = new Integer[n];
    Short[] rank = new Short[n];
    Integer[] dx = new Integer[n];
    Integer[] dxMax = new Integer[n];
    Short[] combo = new Short[n];
    Short[] sync = new Short[n];
    Boolean[] achNew = new Boolean[n];
    Boolean[] dxNew = new Boolean[n];
    Short[] place = new Short[n];
    String[] detailIdx = new String[n];
    String[] detail = new String[n];
    for (int i = 0; i < n; i++) {
      Row row = rows.get(i);
      Play p = row.play();
      player[i] = p.player().value();
      key[i] = p.key().value();
      chart[i] = row.chartPk();
      ref[i] = row.refPk();
      difficulty[i] = p.chart().difficulty().name();
      track[i] = (short) p.track();
      playedAt[i] = p.playedAt().toString();
      achievement[i] = p.result().achievement().value();
      rank[i] = Codes.rank(p.result().rank());
      dx[i] = p.result().dxScore().score();
      dxMax[i] = p.result().dxScore().max();
      combo[i] = Codes.combo(p.result().combo());
      sync[i] = Codes.sync(p.result().sync());
      achNew[i] = p.achievementNewRecord();
      dxNew[i] = p.dxScoreNewRecord();
      place[i] = (short) p.place();
      detailIdx[i] = p.detailIdx();
      detail[i] = p.detail() == null ? null : DetailJson.write(p.detail());
    }
    Set<String> inserted = new HashSet<>();
    try (PreparedStatement ps = c.prepareStatement(SQL)) {
      ps.setLong(1, syncRunId);
      Object[][] columns = {
        player,
        key,
        chart,
        ref,
        difficulty,
        track,
        playedAt,
        achievement,
        rank,
        dx,
        dxMax,
        combo,
        sync,
        achNew,
        dxNew,
        place,
        detailIdx,
        detail
      };
      String[] types = {
        "varchar", "varchar", "int4", "int4", "varchar", "int2", "text", "int4", "int2", "int4",
        "int4", "int2", "int2", "bool", "bool", "int2", "text", "text"
      };
      for (int i = 0; i < columns.length; i++) {
        Array a = c.createArrayOf(types[i], columns[i]);
        ps.setArray(i + 2, a);
      }
      try (ResultSet r = ps.executeQuery()) {
        while (r.next()) {
          if (r.getBoolean(3)) {
            inserted.add(r.getString(1) + "\n" + r.getString(2));
          }
        }
      }
    }
    return inserted;
  }
}
