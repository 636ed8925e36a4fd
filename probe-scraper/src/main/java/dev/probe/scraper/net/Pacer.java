package dev.probe.scraper.net;

import dev.probe.core.domain.ProbeException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;

/** Keeps requests at least the minimum interval apart, plus a random jitter. */
final class Pacer {

  private final Duration interval;
  private final Duration jitter;
  private final Clock clock;
  private final NetClient.Sleeper sleeper;
  private final SplittableRandom random = new SplittableRandom();
  private Instant last;

  Pacer(Duration interval, Duration jitter, Clock clock, NetClient.Sleeper sleeper) {
    this.interval = interval;
    this.jitter = jitter;
    this.clock = clock;
    this.sleeper = sleeper;
  }

  /** Waits until the next request may go, then marks it as sent. */
  synchronized void awaitTurn() {
    if (last != null) {
      long jitterMillis = jitter.isZero() ? 0 : random.nextLong(jitter.toMillis() + 1);
      Duration due = interval.plusMillis(jitterMillis);
      Duration waited = Duration.between(last, clock.instant());
      if (waited.compareTo(due) < 0) {
        sleep(due.minus(waited));
      }
    }
    last = clock.instant();
  }

  /** Waits before a retry (on top of the pacing). */
  void backOff(Duration wait) {
    sleep(wait);
  }

  private void sleep(Duration d) {
    try {
      sleeper.sleep(d);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ProbeException(
          ProbeException.Kind.NET_UNAVAILABLE, "the sync was interrupted while waiting for NET");
    }
  }
}
