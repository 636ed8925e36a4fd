package dev.probe.core.domain.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A loss is a warning to show, so it always counts at least one play. */
class LostPlaysTest {

  private static final Instant NEWEST_STORED = Instant.parse("2026-05-01T10:00:00Z");
  private static final Instant OLDEST_FETCHED = Instant.parse("2026-05-03T10:00:00Z");

  @Test
  void aLossOfNoPlaysIsNotALoss() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new LostPlays(0, NEWEST_STORED, OLDEST_FETCHED));
    assertThat(new LostPlays(1, null, OLDEST_FETCHED).count()).isEqualTo(1);
  }
}
