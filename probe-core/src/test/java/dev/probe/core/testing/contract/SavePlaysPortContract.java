package dev.probe.core.testing.contract;

import static dev.probe.core.testing.TestData.ME;
import static dev.probe.core.testing.TestData.SISTER;
import static dev.probe.core.testing.TestData.chart;
import static dev.probe.core.testing.TestData.play;
import static org.assertj.core.api.Assertions.assertThat;

import dev.probe.core.domain.ComboFlag;
import dev.probe.core.domain.PageRequest;
import dev.probe.core.domain.Play;
import dev.probe.core.domain.PlayFilter;
import dev.probe.core.domain.PlayKey;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link dev.probe.core.application.port.out.SavePlaysPort}: idempotent, never loses a play. */
public abstract class SavePlaysPortContract extends StoreContract {

  private final Play first = play(chart("Alpha"), "2026-05-01T09:00:00Z").build();
  private final Play second =
      play(chart("Beta"), "2026-05-01T09:05:00Z").track(2).achievement("99.5000").build();

  @Test
  void newPlaysAreSavedAndTheirKeysReturnedInInputOrder() {
    long run = startRun(T0);
    assertThat(save(run, first, second)).containsExactly(first.key(), second.key());
    assertThat(store.loadPlays().countPlays(ME)).isEqualTo(2);
    assertThat(store.loadPlays().findPlay(ME, first.key())).contains(first);
  }

  @Test
  void savingTheSamePlaysTwiceChangesNothing() {
    save(startRun(T0), first, second);
    long again = startRun(T0.plusSeconds(60));
    assertThat(save(again, first, second)).isEmpty();
    assertThat(store.loadPlays().countPlays(ME)).isEqualTo(2);
    assertThat(store.loadPlays().playsOfRun(again)).isEmpty();
  }

  @Test
  void aStoredPlayIsNotOverwrittenByADifferentVersionOfIt() {
    save(startRun(T0), first);
    Play changed =
        play(chart("Alpha"), "2026-05-01T09:00:00Z")
            .achievement("100.5000")
            .combo(ComboFlag.AP)
            .build();
    assertThat(save(startRun(T0.plusSeconds(60)), changed)).isEmpty();
    assertThat(store.loadPlays().findPlay(ME, first.key())).contains(first);
  }

  @Test
  void aDuplicateWithinOneCallIsSavedOnce() {
    assertThat(save(startRun(T0), first, first)).containsExactly(first.key());
    assertThat(store.loadPlays().countPlays(ME)).isEqualTo(1);
  }

  @Test
  void aDetailFetchedLaterIsAddedToTheStoredPlay() {
    save(startRun(T0), first);
    Play detailed = first.withDetail(dev.probe.core.testing.TestData.detail());
    assertThat(save(startRun(T0.plusSeconds(60)), detailed)).isEmpty();
    assertThat(store.loadPlays().findPlay(ME, first.key())).contains(detailed);
    assertThat(store.loadPlays().keysWithDetail(ME, List.of(first.key())))
        .containsExactly(first.key());
  }

  @Test
  void aStoredDetailIsNeverRemovedByASummaryWithoutOne() {
    Play detailed = first.withDetail(dev.probe.core.testing.TestData.detail());
    save(startRun(T0), detailed);
    save(startRun(T0.plusSeconds(60)), first);
    assertThat(store.loadPlays().findPlay(ME, first.key())).contains(detailed);
  }

  @Test
  void playsOfARunAreTheOnesItFoundNewOldestFirst() {
    long run = startRun(T0);
    save(run, second, first);
    assertThat(store.loadPlays().playsOfRun(run)).containsExactly(first, second);
  }

  @Test
  void keysArePerPlayer() {
    Play hers = play(chart("Alpha"), "2026-05-01T09:00:00Z").player(SISTER).build();
    long run = startRun(T0);
    save(run, first);
    long herRun = store.runs().startRun(dev.probe.core.testing.TestData.run(SISTER, T0));
    assertThat(save(herRun, hers)).containsExactly(hers.key());
    assertThat(store.loadPlays().countPlays(SISTER)).isEqualTo(1);
    assertThat(store.loadPlays().findPlays(SISTER, PlayFilter.ALL, new PageRequest(1, 10)).items())
        .containsExactly(hers);
  }

  @Test
  void knownKeysAnswersOnlyForStoredPlays() {
    save(startRun(T0), first);
    PlayKey unknown = PlayKey.ofInstant(T0);
    assertThat(store.loadPlays().knownKeys(ME, List.of(first.key(), unknown)))
        .containsExactly(first.key());
    assertThat(store.loadPlays().keysWithDetail(ME, List.of(first.key()))).isEmpty();
    assertThat(store.loadPlays().knownKeys(SISTER, List.of(first.key()))).isEmpty();
  }
}
