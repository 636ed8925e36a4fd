package dev.probe.scraper.net;

import dev.probe.core.domain.ProbeException;
import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * How probe sends to NET and its login sites: requests at least the minimum interval apart, plus a
 * random jitter, and network faults and 5xx answers retried with backoff. Any other answer is the
 * caller's to read, and an error the attempt throws (maintenance, an expired session) is never
 * retried.
 */
final class Pacer {

  /** One try at a request. */
  @FunctionalInterface
  interface Attempt<T> {
    T send() throws IOException, TimeoutException;
  }

  private final NetClientSettings settings;
  private final Clock clock;
  private final NetClient.Sleeper sleeper;
  private final SplittableRandom random = new SplittableRandom();
  private Instant last;

  Pacer(NetClientSettings settings, Clock clock, NetClient.Sleeper sleeper) {
    this.settings = settings;
    this.clock = clock;
    this.sleeper = sleeper;
  }

  /**
   * Sends until an answer below 500 comes, at most {@code retries + 1} times.
   *
   * @param status the HTTP status of an answer
   * @param exhausted the error to throw when every attempt failed, given what went wrong ("HTTP 503
   *     after 3 attempts")
   */
  <T> T send(
      Attempt<T> attempt, ToIntFunction<T> status, Function<String, ProbeException> exhausted) {
    String fault = "";
    for (int n = 0; n <= settings.retries(); n++) {
      if (n > 0) {
        sleep(settings.backoff().multipliedBy(1L << Math.min(n - 1, 10)));
      }
      awaitTurn();
      try {
        T answer = attempt.send();
        int code = status.applyAsInt(answer);
        if (code < 500) {
          return answer;
        }
        fault = "HTTP " + code;
      } catch (IOException | TimeoutException e) {
        fault =
            e instanceof TimeoutException || e instanceof HttpTimeoutException
                ? "a timeout"
                : "a network fault";
      }
    }
    throw exhausted.apply(fault + " after " + (settings.retries() + 1) + " attempts");
  }

  /** Waits until the next request may go, then marks it as sent. */
  private synchronized void awaitTurn() {
    if (last != null) {
      Duration jitter = settings.jitter();
      long jitterMillis = jitter.isZero() ? 0 : random.nextLong(jitter.toMillis() + 1);
      Duration due = settings.minInterval().plusMillis(jitterMillis);
      Duration waited = Duration.between(last, clock.instant());
      if (waited.compareTo(due) < 0) {
        sleep(due.minus(waited));
      }
    }
    last = clock.instant();
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
