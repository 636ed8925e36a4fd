package dev.probe.store;

import static dev.probe.store.gen.Tables.BEST_STATE;

import dev.probe.core.domain.Achievement;
import dev.probe.core.domain.DxScore;
import dev.probe.core.domain.PlayResult;
import dev.probe.store.gen.tables.records.BestStateRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;

/** {@link BestState}s to and from {@code best_state} rows. */
final class BestStateRows {

  private BestStateRows() {}

  static BestState state(BestStateRecord r) {
    PlayResult plays =
        r.getPAchievement() == null
            ? null
            : result(
                r.getPAchievement(),
                r.getPRankCode(),
                r.getPDxScore(),
                r.getPDxMax(),
                r.getPComboCode(),
                r.getPSyncCode());
    return new BestState(
        r.getValidFrom().toInstant(),
        result(
            r.getAchievement(),
            r.getRankCode(),
            r.getDxScore(),
            r.getDxMax(),
            r.getComboCode(),
            r.getSyncCode()),
        plays,
        r.getAchievedAt().toInstant());
  }

  static List<BestStateRecord> records(
      DSLContext dsl, String player, int chart, List<BestState> states) {
    List<BestStateRecord> rows = new ArrayList<>(states.size());
    for (int i = 0; i < states.size(); i++) {
      BestState s = states.get(i);
      Instant to = i + 1 < states.size() ? states.get(i + 1).from() : null;
      BestStateRecord r = dsl.newRecord(BEST_STATE);
      r.setPlayer(player);
      r.setChartPk(chart);
      r.setValidFrom(PlayRows.utc(s.from()));
      r.setValidTo(to == null ? BestStates.OPEN : PlayRows.utc(to));
      PlayResult a = s.all();
      r.setAchievement(a.achievement().value());
      r.setRankCode(Codes.rank(a.rank()));
      r.setDxScore(a.dxScore().score());
      r.setDxMax(a.dxScore().max());
      r.setComboCode(Codes.combo(a.combo()));
      r.setSyncCode(Codes.sync(a.sync()));
      r.setAchievedAt(PlayRows.utc(s.achievedAt()));
      PlayResult p = s.plays();
      if (p != null) {
        r.setPAchievement(p.achievement().value());
        r.setPRankCode(Codes.rank(p.rank()));
        r.setPDxScore(p.dxScore().score());
        r.setPDxMax(p.dxScore().max());
        r.setPComboCode(Codes.combo(p.combo()));
        r.setPSyncCode(Codes.sync(p.sync()));
      }
      rows.add(r);
    }
    return rows;
  }

  /** Inserts the rows in one statement, each column as one array. */
  static void insert(DSLContext dsl, List<BestStateRecord> rows) {
    if (rows.isEmpty()) {
      return;
    }
    int n = rows.size();
    Object[][] cols = {
      new String[n], new Integer[n], new String[n], new String[n], new Integer[n], new Short[n],
      new Integer[n], new Integer[n], new Short[n], new Short[n], new String[n], new Integer[n],
      new Short[n], new Integer[n], new Integer[n], new Short[n], new Short[n]
    };
    for (int i = 0; i < n; i++) {
      BestStateRecord r = rows.get(i);
      Object[] values = {
        r.getPlayer(),
        r.getChartPk(),
        r.getValidFrom().toInstant().toString(),
        r.getValidTo().toInstant().toString(),
        r.getAchievement(),
        r.getRankCode(),
        r.getDxScore(),
        r.getDxMax(),
        r.getComboCode(),
        r.getSyncCode(),
        r.getAchievedAt().toInstant().toString(),
        r.getPAchievement(),
        r.getPRankCode(),
        r.getPDxScore(),
        r.getPDxMax(),
        r.getPComboCode(),
        r.getPSyncCode()
      };
      for (int c = 0; c < cols.length; c++) {
        cols[c][i] = values[c];
      }
    }
    dsl.execute(
        "insert into best_state (player, chart_pk, valid_from, valid_to, achievement, rank_code,"
            + " dx_score, dx_max, combo_code, sync_code, achieved_at, p_achievement, p_rank_code,"
            + " p_dx_score, p_dx_max, p_combo_code, p_sync_code)"
            + " select * from unnest(?::varchar[], ?::int[], ?::text[]::timestamptz[],"
            + " ?::text[]::timestamptz[], ?::int[], ?::int2[], ?::int[], ?::int[], ?::int2[],"
            + " ?::int2[], ?::text[]::timestamptz[], ?::int[], ?::int2[], ?::int[], ?::int[],"
            + " ?::int2[], ?::int2[])",
        cols);
  }

  static PlayResult result(int ach, short rank, int dx, int dxMax, short combo, short sync) {
    return new PlayResult(
        new Achievement(ach),
        Codes.rank(rank),
        new DxScore(dx, dxMax),
        Codes.combo(combo),
        Codes.sync(sync));
  }
}
