package dev.probe.web;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * How one deployment of the web application behaves. Both deliveries build one from their own
 * configuration source (CLI flags and PROBE_HOME, or Lambda environment variables).
 *
 * @param ownerToken the owner's secret (at least 20 characters); every write needs it
 * @param basePath the prefix the application lives under ({@code ""}, {@code /release} for an API
 *     Gateway stage, {@code /probe} behind a proxy); links, static files and redirects carry it
 * @param publicReads whether pages may be read without the token
 * @param redirectHttps whether a plain-http request is redirected to https
 * @param maxUploadBytes the largest upload or push body accepted
 * @param compressors extra encoders, preferred over gzip in this order (e.g. brotli when present)
 * @param clock time for session expiry and "now"
 */
public record WebConfig(
    String ownerToken,
    String basePath,
    boolean publicReads,
    boolean redirectHttps,
    long maxUploadBytes,
    List<BodyCompressor> compressors,
    Clock clock) {

  /** 32 MiB: a zip of a whole NET archive's saved pages fits comfortably. */
  public static final long DEFAULT_MAX_UPLOAD = 32L * 1024 * 1024;

  public WebConfig {
    Objects.requireNonNull(ownerToken, "ownerToken");
    if (ownerToken.length() < 20) {
      throw new IllegalArgumentException("the owner token must have at least 20 characters");
    }
    basePath = normaliseBasePath(basePath);
    if (maxUploadBytes < 1) {
      throw new IllegalArgumentException("maxUploadBytes must be positive");
    }
    compressors = List.copyOf(compressors);
    Objects.requireNonNull(clock, "clock");
  }

  /** Private reads, no redirect, no base path, 32 MiB uploads, gzip only, the system clock. */
  public static WebConfig of(String ownerToken) {
    return new WebConfig(
        ownerToken, "", false, false, DEFAULT_MAX_UPLOAD, List.of(), Clock.systemUTC());
  }

  public WebConfig withBasePath(String path) {
    return new WebConfig(
        ownerToken, path, publicReads, redirectHttps, maxUploadBytes, compressors, clock);
  }

  public WebConfig withPublicReads(boolean open) {
    return new WebConfig(
        ownerToken, basePath, open, redirectHttps, maxUploadBytes, compressors, clock);
  }

  public WebConfig withRedirectHttps(boolean redirect) {
    return new WebConfig(
        ownerToken, basePath, publicReads, redirect, maxUploadBytes, compressors, clock);
  }

  public WebConfig withMaxUploadBytes(long max) {
    return new WebConfig(ownerToken, basePath, publicReads, redirectHttps, max, compressors, clock);
  }

  public WebConfig withCompressors(List<BodyCompressor> extra) {
    return new WebConfig(
        ownerToken, basePath, publicReads, redirectHttps, maxUploadBytes, extra, clock);
  }

  public WebConfig withClock(Clock c) {
    return new WebConfig(
        ownerToken, basePath, publicReads, redirectHttps, maxUploadBytes, compressors, c);
  }

  /** {@code ""} or {@code /a/b}: leading slash, no trailing slash. */
  static String normaliseBasePath(String path) {
    if (path == null || path.isBlank() || path.equals("/")) {
      return "";
    }
    String p = path.strip();
    p = p.startsWith("/") ? p : "/" + p;
    while (p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    if (!p.matches("(/[A-Za-z0-9._~-]+)+")) {
      throw new IllegalArgumentException("a base path is /segment[/segment…]: '" + path + "'");
    }
    return p;
  }
}
