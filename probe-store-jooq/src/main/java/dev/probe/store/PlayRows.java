package dev.probe.store;

import static dev.probe.store.gen.Tables.CHART_KEY;
import static dev.probe.store.gen.Tables.CHART_REF;
import static dev.probe.store.gen.Tables.PLAY;

import dev.probe.core.domain.Achievement;
import dev.probe.core.domain.DxScore;
import dev.probe.core.domain.Play;
import dev.probe.core.domain.PlayKey;
import dev.probe.core.domain.PlayResult;
import dev.probe.core.domain.PlayerId;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jooq.SelectJoinStep;

/** The one select that reads plays whole, and its mapping to {@link Play}. */
final class PlayRows {

  private static final List<Field<?>> FIELDS = fields();

  private PlayRows() {}

  private static List<Field<?>> fields() {
    List<Field<?>> f = new ArrayList<>(List.of(PLAY.fields()));
    f.add(CHART_KEY.CHART_ID);
    f.addAll(List.of(CHART_REF.fields()));
    return List.copyOf(f);
  }

  static SelectJoinStep<Record> select(DSLContext dsl) {
    return PlayListReader.select(dsl, FIELDS);
  }

  static Play map(Record r) {
    JSONB detail = r.field(PLAY.DETAIL) == null ? null : r.get(PLAY.DETAIL);
    return new Play(
        new PlayerId(r.get(PLAY.PLAYER)),
        new PlayKey(r.get(PLAY.PLAY_KEY)),
        ChartKeys.chartId(r),
        ChartKeys.ref(r),
        r.get(PLAY.TRACK),
        instant(r.get(PLAY.PLAYED_AT)),
        new PlayResult(
            new Achievement(r.get(PLAY.ACHIEVEMENT)),
            Codes.rank(r.get(PLAY.RANK_CODE)),
            new DxScore(r.get(PLAY.DX_SCORE), r.get(PLAY.DX_MAX)),
            Codes.combo(r.get(PLAY.COMBO_CODE)),
            Codes.sync(r.get(PLAY.SYNC_CODE))),
        r.get(PLAY.ACHIEVEMENT_NEW_RECORD),
        r.get(PLAY.DX_SCORE_NEW_RECORD),
        r.get(PLAY.PLACE),
        r.get(PLAY.DETAIL_IDX),
        detail == null ? null : DetailJson.read(detail.data()));
  }

  static Instant instant(OffsetDateTime t) {
    return t == null ? null : t.toInstant();
  }

  static OffsetDateTime utc(Instant t) {
    return t == null ? null : t.atOffset(ZoneOffset.UTC);
  }
}
