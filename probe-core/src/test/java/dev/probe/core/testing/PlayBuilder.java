package dev.probe.core.testing;

import dev.probe.core.domain.Achievement;
import dev.probe.core.domain.ChartIds;
import dev.probe.core.domain.ChartRef;
import dev.probe.core.domain.ComboFlag;
import dev.probe.core.domain.DxScore;
import dev.probe.core.domain.Play;
import dev.probe.core.domain.PlayDetail;
import dev.probe.core.domain.PlayKey;
import dev.probe.core.domain.PlayResult;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.Rank;
import dev.probe.core.domain.SyncFlag;
import java.time.Instant;

/**
 * Builds plays for tests with sensible defaults: player {@link TestData#ME}, track 1, 100.0000%, no
 * marks, a DX score of 90% of 3000, keyed by the play's second. Start with {@link
 * TestData#play(ChartRef, String)}.
 */
public final class PlayBuilder {

  private PlayerId player = TestData.ME;
  private ChartRef chart;
  private Instant playedAt;
  private int track = 1;
  private Achievement achievement = Achievement.parse("100.0000");
  private Rank rank;
  private int dxScore = 2700;
  private int dxMax = 3000;
  private ComboFlag combo = ComboFlag.NONE;
  private SyncFlag sync = SyncFlag.NONE;
  private boolean newRecord;
  private int place;
  private PlayDetail detail;
  private PlayKey key;

  PlayBuilder(ChartRef chart, Instant playedAt) {
    this.chart = chart;
    this.playedAt = playedAt;
  }

  public PlayBuilder player(PlayerId id) {
    this.player = id;
    return this;
  }

  public PlayBuilder chart(ChartRef ref) {
    this.chart = ref;
    return this;
  }

  public PlayBuilder at(Instant at) {
    this.playedAt = at;
    return this;
  }

  public PlayBuilder track(int n) {
    this.track = n;
    return this;
  }

  /** {@code "100.5000"}; the rank follows unless {@link #rank(Rank)} is given. */
  public PlayBuilder achievement(String percent) {
    this.achievement = Achievement.parse(percent);
    return this;
  }

  public PlayBuilder achievement(int tenThousandths) {
    this.achievement = new Achievement(tenThousandths);
    return this;
  }

  public PlayBuilder rank(Rank r) {
    this.rank = r;
    return this;
  }

  public PlayBuilder dx(int score, int max) {
    this.dxScore = score;
    this.dxMax = max;
    return this;
  }

  public PlayBuilder combo(ComboFlag flag) {
    this.combo = flag;
    return this;
  }

  public PlayBuilder sync(SyncFlag flag) {
    this.sync = flag;
    return this;
  }

  public PlayBuilder newRecord(boolean mark) {
    this.newRecord = mark;
    return this;
  }

  public PlayBuilder place(int n) {
    this.place = n;
    return this;
  }

  public PlayBuilder detail(PlayDetail d) {
    this.detail = d;
    return this;
  }

  public PlayBuilder withDetail() {
    return detail(TestData.detail());
  }

  public PlayBuilder key(PlayKey k) {
    this.key = k;
    return this;
  }

  public PlayResult result() {
    return new PlayResult(
        achievement,
        rank != null ? rank : Rank.of(achievement),
        new DxScore(dxScore, dxMax),
        combo,
        sync);
  }

  public Play build() {
    return new Play(
        player,
        key != null ? key : PlayKey.ofInstant(playedAt),
        ChartIds.of(chart),
        chart,
        track,
        playedAt,
        result(),
        newRecord,
        false,
        place,
        "0," + playedAt.getEpochSecond(),
        detail);
  }
}
