package dev.probe.core.domain.diff;

import static dev.probe.core.testing.TestData.ME;
import static dev.probe.core.testing.TestData.user;
import static org.assertj.core.api.Assertions.assertThat;

import dev.probe.core.domain.Count;
import dev.probe.core.domain.ProfileSnapshot;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProfileDiffTest {

  private static final Instant T = Instant.parse("2026-05-01T10:00:00Z");

  @Test
  void onlyChangedCountersAreListedWithBeforeAndAfter() {
    ProfileSnapshot a =
        new ProfileSnapshot(ME, T, user(15000), 10, 1000, Map.of("sssp", new Count(5, 900)));
    ProfileSnapshot b =
        new ProfileSnapshot(
            ME,
            T.plusSeconds(60),
            user(15012),
            12,
            1002,
            Map.of("sssp", new Count(6, 900), "app", new Count(1, 900)));
    assertThat(ProfileDiff.between(a, b))
        .containsExactly(
            new CounterChange("rating", 15000, 15012),
            new CounterChange("playCountTotal", 1000, 1002),
            new CounterChange("playCountVersion", 10, 12),
            new CounterChange("app", -1, 1),
            new CounterChange("sssp", 5, 6));
  }

  @Test
  void aHomeSnapshotWithoutCountersChangesNoCounter() {
    ProfileSnapshot full =
        new ProfileSnapshot(ME, T, user(15000), 10, 1000, Map.of("sssp", new Count(5, 900)));
    ProfileSnapshot home =
        new ProfileSnapshot(ME, T.plusSeconds(60), user(15000), -1, -1, Map.of());
    assertThat(ProfileDiff.between(full, home)).isEmpty();
  }

  @Test
  void theFirstSnapshotShowsEveryCounter() {
    ProfileSnapshot a = new ProfileSnapshot(ME, T, user(15000), 10, 1000, Map.of());
    assertThat(ProfileDiff.between(null, a))
        .extracting(CounterChange::name)
        .containsExactly("rating", "stars", "playCountTotal", "playCountVersion");
  }
}
