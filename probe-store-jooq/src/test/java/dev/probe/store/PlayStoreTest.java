package dev.probe.store;

import static dev.probe.store.TestPlays.ME;
import static dev.probe.store.TestPlays.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.probe.core.domain.ChartType;
import dev.probe.core.domain.ComboFlag;
import dev.probe.core.domain.Difficulty;
import dev.probe.core.domain.PageRequest;
import dev.probe.core.domain.PageResult;
import dev.probe.core.domain.Play;
import dev.probe.core.domain.PlayFilter;
import dev.probe.core.domain.PlayKey;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.Rank;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlayStoreTest {

  private final PostgresArchive archive = new PostgresArchive(TestDatabase.freshSchema());

  @Test
  void aPlayWithItsDetailReadsBackEqual() {
    Play play = TestPlays.play(ME, 0, "　", 1_005_123).withDetail(TestPlays.detail());

    assertThat(archive.savePlays().savePlays(1, List.of(play))).containsExactly(play.key());

    assertThat(archive.loadPlays().findPlay(ME, play.key())).contains(play);
  }

  @Test
  void savingTwiceKeepsOneAndFillsInAMissingDetailOnly() {
    Play bare = TestPlays.play(ME, 1, "Link", 990_000);
    archive.savePlays().savePlays(1, List.of(bare));

    Play changed = TestPlays.play(ME, 1, "Link", 1_000_000).withDetail(TestPlays.detail());
    assertThat(archive.savePlays().savePlays(2, List.of(changed, changed))).isEmpty();

    Play stored = archive.loadPlays().findPlay(ME, bare.key()).orElseThrow();
    assertThat(stored).isEqualTo(bare.withDetail(TestPlays.detail()));
    assertThat(archive.loadPlays().playsOfRun(1)).containsExactly(stored);
    assertThat(archive.loadPlays().playsOfRun(2)).isEmpty();
    assertThat(archive.loadPlays().keysWithDetail(ME, List.of(bare.key()))).hasSize(1);
  }

  @Test
  void listsAreFilteredOrderedAndPaged() {
    List<Play> plays = TestPlays.many(ME, 40);
    archive.savePlays().savePlays(1, plays);
    archive.savePlays().savePlays(1, TestPlays.many(new PlayerId("other"), 5));

    PageResult<Play> page =
        archive.loadPlays().findPlays(ME, PlayFilter.ALL, new PageRequest(2, 15));
    assertThat(page.total()).isEqualTo(40);
    assertThat(page.items())
        .containsExactlyElementsOf(
            plays.stream()
                .sorted((a, b) -> b.playedAt().compareTo(a.playedAt()))
                .skip(15)
                .limit(15)
                .toList());

    for (PlayFilter f :
        List.of(
            new PlayFilter(
                TestPlays.chart("Song 3"), "", null, null, "", null, null, null, null, null, false),
            new PlayFilter(
                null,
                "song 5",
                Difficulty.MASTER,
                ChartType.DX,
                "13+",
                T0.plusSeconds(600),
                T0.plusSeconds(1800),
                null,
                null,
                null,
                false),
            new PlayFilter(
                null, "", Difficulty.EXPERT, null, "", null, null, null, null, null, false),
            new PlayFilter(
                null, "", null, null, "", null, null, Rank.SS, ComboFlag.FCP, null, true))) {
      List<Play> expected =
          plays.stream()
              .filter(f::accepts)
              .sorted((a, b) -> b.playedAt().compareTo(a.playedAt()))
              .toList();
      PageResult<Play> found = archive.loadPlays().findPlays(ME, f, new PageRequest(1, 500));
      assertThat(found.items()).as(f.toString()).containsExactlyElementsOf(expected);
      assertThat(found.total()).isEqualTo(expected.size());
    }
  }

  @Test
  void historiesAndCounts() {
    List<Play> plays = TestPlays.many(ME, 30);
    archive.savePlays().savePlays(7, plays);

    assertThat(archive.loadPlays().chartHistory(ME, TestPlays.chart("Song 2")))
        .containsExactlyElementsOf(
            plays.stream().filter(p -> p.chart().title().equals("Song 2")).toList());
    assertThat(archive.loadPlays().playsBefore(ME, T0.plusSeconds(60 * 10)))
        .containsExactlyElementsOf(plays.subList(0, 10));
    assertThat(archive.loadPlays().countPlays(ME)).isEqualTo(30);
    assertThat(archive.loadPlays().countPlays(new PlayerId("nobody"))).isZero();
    Set<PlayKey> known =
        archive
            .loadPlays()
            .knownKeys(ME, List.of(plays.get(0).key(), PlayKey.ofInstant(T0.minusSeconds(5))));
    assertThat(known).containsExactly(plays.get(0).key());
  }

  @Test
  void everyPageFromEitherEndIsItsSliceAndTotalsStayExactAfterRepeats() {
    List<Play> plays = TestPlays.many(ME, 40);
    archive.savePlays().savePlays(1, plays.subList(0, 25));
    archive.savePlays().savePlays(2, plays);

    for (PlayFilter f :
        List.of(
            PlayFilter.ALL,
            new PlayFilter(
                null, "", Difficulty.MASTER, null, "", null, null, null, null, null, false),
            new PlayFilter(null, "", null, null, "", null, null, Rank.S, null, null, false))) {
      List<Play> expected =
          plays.stream()
              .filter(f::accepts)
              .sorted((a, b) -> b.playedAt().compareTo(a.playedAt()))
              .toList();
      for (int page = 1; page <= expected.size() / 7 + 2; page++) {
        PageResult<Play> found = archive.loadPlays().findPlays(ME, f, new PageRequest(page, 7));
        assertThat(found.total()).as(f + " total").isEqualTo(expected.size());
        assertThat(found.items())
            .as(f + " page " + page)
            .containsExactlyElementsOf(expected.stream().skip((page - 1) * 7L).limit(7).toList());
      }
    }
    assertThat(archive.loadPlays().countPlays(ME)).isEqualTo(40);
  }
}
