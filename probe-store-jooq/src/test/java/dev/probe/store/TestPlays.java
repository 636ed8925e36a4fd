package dev.probe.store;

import dev.probe.core.domain.Achievement;
import dev.probe.core.domain.ChartId;
import dev.probe.core.domain.ChartIds;
import dev.probe.core.domain.ChartRef;
import dev.probe.core.domain.ChartType;
import dev.probe.core.domain.CoPlayer;
import dev.probe.core.domain.ComboFlag;
import dev.probe.core.domain.Count;
import dev.probe.core.domain.Difficulty;
import dev.probe.core.domain.DxScore;
import dev.probe.core.domain.JudgementRow;
import dev.probe.core.domain.JudgementTable;
import dev.probe.core.domain.NoteType;
import dev.probe.core.domain.PartnerCharacter;
import dev.probe.core.domain.Play;
import dev.probe.core.domain.PlayDetail;
import dev.probe.core.domain.PlayKey;
import dev.probe.core.domain.PlayResult;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.Rank;
import dev.probe.core.domain.SyncFlag;
import dev.probe.core.domain.VsOpponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Plays for the store's tests (synthetic; every title here is made up). */
public final class TestPlays {

  public static final PlayerId ME = new PlayerId("me");
  public static final Instant T0 = Instant.parse("2025-10-03T03:58:00Z");

  private TestPlays() {}

  public static ChartRef ref(String title, Difficulty d) {
    return new ChartRef(title, ChartType.DX, d, "13+", "0123456789abcdef", "POPS＆ANIME", "");
  }

  /** A play {@code minutes} after {@link #T0} on {@code title} MASTER, without detail. */
  public static Play play(PlayerId player, int minutes, String title, int achievement) {
    ChartRef ref = ref(title, Difficulty.MASTER);
    Instant at = T0.plusSeconds(60L * minutes);
    return new Play(
        player,
        PlayKey.ofInstant(at),
        ChartIds.of(ref),
        ref,
        1 + minutes % 4,
        at,
        new PlayResult(
            new Achievement(achievement),
            Rank.of(new Achievement(Math.min(achievement, Achievement.MAX_NORMAL))),
            new DxScore(achievement / 1000, 1500),
            achievement >= 1_000_000 ? ComboFlag.FCP : ComboFlag.NONE,
            SyncFlag.NONE),
        minutes % 3 == 0,
        false,
        0,
        "14," + at.getEpochSecond(),
        null);
  }

  public static ChartId chart(String title) {
    return ChartIds.of(ref(title, Difficulty.MASTER));
  }

  /** A detail with every kind of value, nulls included. */
  public static PlayDetail detail() {
    return new PlayDetail(
        "ゲームセンター　テスト店",
        List.of(new PartnerCharacter("abc123", 9999, 5), new PartnerCharacter("def456", 0, 0)),
        12,
        34,
        new JudgementTable(
            Map.of(
                NoteType.TAP, new JudgementRow(500, 200, 10, 1, 0),
                NoteType.HOLD, new JudgementRow(null, 80, 2, 0, 1),
                NoteType.BREAK, new JudgementRow(40, 3, 1, 0, 0))),
        new Count(700, 837),
        null,
        15_321,
        -4,
        List.of(new CoPlayer("ＰＬＡＹＥＲ\"2", Difficulty.EXPERT)),
        new VsOpponent("vs", true, "rival", new Achievement(995_000)),
        new Count(3, 5));
  }

  /** {@code n} plays of one player over a few charts, one minute apart. */
  public static List<Play> many(PlayerId player, int n) {
    List<Play> plays = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      plays.add(play(player, i, "Song " + (i % 7), 900_000 + (i * 7919) % 110_000));
    }
    return plays;
  }
}
