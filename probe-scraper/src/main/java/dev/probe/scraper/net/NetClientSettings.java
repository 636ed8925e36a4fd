package dev.probe.scraper.net;

import dev.probe.core.domain.Region;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How {@link NetClient} behaves.
 *
 * @param minInterval least time between two requests (NET asks for politeness: ≥ 1 s)
 * @param jitter up to this much is added at random to each pause
 * @param connectTimeout to open a connection
 * @param readTimeout for a whole response; large pages need tens of seconds
 * @param retries extra attempts after a network fault or 5xx
 * @param backoff the wait before the first retry; doubled for each further one
 * @param userAgent a mobile browser's User-Agent
 * @param baseOverride when set, every region is fetched from this base instead of its NET (tests)
 */
public record NetClientSettings(
    Duration minInterval,
    Duration jitter,
    Duration connectTimeout,
    Duration readTimeout,
    int retries,
    Duration backoff,
    String userAgent,
    URI baseOverride) {

  public static final String MOBILE_USER_AGENT =
      "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko)"
          + " Chrome/131.0.0.0 Mobile Safari/537.36";

  public NetClientSettings {
    Objects.requireNonNull(minInterval, "minInterval");
    Objects.requireNonNull(jitter, "jitter");
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(readTimeout, "readTimeout");
    Objects.requireNonNull(backoff, "backoff");
    Objects.requireNonNull(userAgent, "userAgent");
    if (minInterval.isNegative() || jitter.isNegative() || backoff.isNegative()) {
      throw new IllegalArgumentException("negative pause");
    }
    if (retries < 0 || retries > 10) {
      throw new IllegalArgumentException("retries must be 0–10: " + retries);
    }
    if (baseOverride != null && !baseOverride.getPath().endsWith("/")) {
      throw new IllegalArgumentException("a base must end in '/': " + baseOverride);
    }
  }

  /** 1 s apart plus up to 0.5 s, 10 s to connect, 120 s per page, 3 retries from 2 s. */
  public static NetClientSettings defaults() {
    return new NetClientSettings(
        Duration.ofSeconds(1),
        Duration.ofMillis(500),
        Duration.ofSeconds(10),
        Duration.ofSeconds(120),
        3,
        Duration.ofSeconds(2),
        MOBILE_USER_AGENT,
        null);
  }

  public NetClientSettings withPacing(Duration interval, Duration newJitter) {
    return new NetClientSettings(
        interval,
        newJitter,
        connectTimeout,
        readTimeout,
        retries,
        backoff,
        userAgent,
        baseOverride);
  }

  public NetClientSettings withTimeouts(Duration connect, Duration read) {
    return new NetClientSettings(
        minInterval, jitter, connect, read, retries, backoff, userAgent, baseOverride);
  }

  public NetClientSettings withRetries(int count, Duration firstWait) {
    return new NetClientSettings(
        minInterval,
        jitter,
        connectTimeout,
        readTimeout,
        count,
        firstWait,
        userAgent,
        baseOverride);
  }

  public NetClientSettings withBase(URI base) {
    return new NetClientSettings(
        minInterval, jitter, connectTimeout, readTimeout, retries, backoff, userAgent, base);
  }

  URI baseFor(Region region) {
    return baseOverride != null ? baseOverride : region.netBase();
  }
}
