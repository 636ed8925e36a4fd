package dev.probe.core.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.probe.core.domain.Achievement;
import dev.probe.core.domain.ChartRef;
import dev.probe.core.domain.ChartType;
import dev.probe.core.domain.ComboFlag;
import dev.probe.core.domain.Difficulty;
import dev.probe.core.domain.DxScore;
import dev.probe.core.domain.PlayKey;
import dev.probe.core.domain.PlayResult;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.ProfileSnapshot;
import dev.probe.core.domain.Rank;
import dev.probe.core.domain.SyncFlag;
import dev.probe.core.domain.page.RecordEntry;
import dev.probe.core.domain.page.UserBlock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LostPlaysTest {

  private static final PlayerId ME = new PlayerId("me");
  private static final Instant T0 = Instant.parse("2025-10-01T00:00:00Z");

  /** {@code n} plays after T0, 3 minutes apart, 4 tracks a credit, newest first. */
  static List<RecordEntry> plays(int n) {
    List<RecordEntry> plays = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Instant at = T0.plusSeconds(180L * (i + 1));
      plays.add(0, entry(i % 4 + 1, at, i % 50));
    }
    return plays;
  }

  static RecordEntry entry(int track, Instant at, int slot) {
    return new RecordEntry(
        track,
        LocalDateTime.ofInstant(at, ZoneOffset.ofHours(8)),
        at,
        slot + "," + at.getEpochSecond(),
        ChartRef.of("Song " + slot, ChartType.DX, Difficulty.MASTER, "13"),
        new PlayResult(
            new Achievement(1_000_000),
            Rank.SSS,
            new DxScore(100, 300),
            ComboFlag.NONE,
            SyncFlag.NONE),
        0,
        false,
        false,
        0,
        "",
        false);
  }

  private static ProfileSnapshot counterAt(Instant at, int credits) {
    return new ProfileSnapshot(
        ME, at, new UserBlock("ME", 0, "", 0, "", "", "", "", ""), 1, credits, Map.of());
  }

  private static PlayKey key(RecordEntry e) {
    return PageRecords.play(ME, e, null).key();
  }

  private static Set<PlayKey> keys(List<RecordEntry> entries) {
    return entries.stream().map(LostPlaysTest::key).collect(Collectors.toSet());
  }

  @Test
  void sixtyPlaysSinceTheLastSyncLoseTheTenOldest() {
    List<RecordEntry> all = plays(60); // 15 credits of 4 tracks
    List<RecordEntry> listed = all.subList(0, 50);

    LostPlays lost =
        LostPlays.estimate(counterAt(T0, 100), 115, listed, keys(listed), LostPlaysTest::key, T0);

    assertThat(lost.count()).isEqualTo(10);
    assertThat(lost.from()).isEqualTo(T0);
    assertThat(lost.to()).isEqualTo(listed.get(49).playedAt());
  }

  @Test
  void fewNewPlaysLoseNothing() {
    List<RecordEntry> all = plays(55);
    List<RecordEntry> listed = all.subList(0, 50);
    Set<PlayKey> fresh = keys(all.subList(0, 5)); // plays 51–55: tracks 3,4,1,2,3

    LostPlays lost =
        LostPlays.estimate(
            counterAt(T0, 100), 101, listed, fresh, LostPlaysTest::key, listed.get(5).playedAt());

    assertThat(lost).isEqualTo(LostPlays.NONE);
  }

  @Test
  void withoutACounterAFullListBeyondTheArchiveMarksTheWindowOnly() {
    List<RecordEntry> listed = plays(50);
    Instant newestStored = T0.minusSeconds(60);

    LostPlays lost =
        LostPlays.estimate(null, -1, listed, keys(listed), LostPlaysTest::key, newestStored);

    assertThat(lost.count()).isZero();
    assertThat(lost.from()).isEqualTo(newestStored);
    assertThat(lost.to()).isEqualTo(listed.get(49).playedAt());
  }

  @Test
  void theFirstSyncCannotKnow() {
    List<RecordEntry> listed = plays(50);
    assertThat(LostPlays.estimate(null, 300, listed, keys(listed), LostPlaysTest::key, null))
        .isEqualTo(LostPlays.NONE);
  }
}
