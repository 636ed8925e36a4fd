package dev.probe.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * probe's settings, read once from {@code PROBE_*} environment variables (see README.md). An empty
 * {@link #databaseUrl()} means the embedded PostgreSQL under {@link #home()}.
 *
 * @param home where probe keeps its embedded database and files ({@code PROBE_HOME})
 * @param databaseUrl JDBC URL of an external PostgreSQL, or "" ({@code PROBE_DB_URL})
 * @param databaseUser its user, or "" ({@code PROBE_DB_USER})
 * @param databasePassword its password, or "" ({@code PROBE_DB_PASSWORD}); never printed
 * @param host the address {@code serve} listens on ({@code PROBE_HOST})
 * @param port the port {@code serve} listens on, 0 for any free one ({@code PROBE_PORT})
 * @param basePath the path prefix behind a reverse proxy, "" or like {@code /probe} ({@code
 *     PROBE_BASE_PATH})
 * @param publicReads whether pages can be read without the owner's token ({@code
 *     PROBE_PUBLIC_READS})
 * @param syncEveryMinutes minutes between scheduled syncs while serving, 0 for none ({@code
 *     PROBE_SYNC_EVERY_MINUTES})
 * @param netDelay the polite pause between two requests to NET ({@code PROBE_NET_DELAY_MS})
 */
record AppConfig(
    Path home,
    String databaseUrl,
    String databaseUser,
    String databasePassword,
    String host,
    int port,
    String basePath,
    boolean publicReads,
    int syncEveryMinutes,
    Duration netDelay) {

  static final int DEFAULT_PORT = 8080;
  static final Duration DEFAULT_NET_DELAY = Duration.ofMillis(1000);

  /** NET is one person's account on someone else's server: never sync more often than this. */
  static final int MIN_SYNC_MINUTES = 10;

  private static final Pattern BASE_PATH = Pattern.compile("(/[A-Za-z0-9._~-]+)*");

  AppConfig {
    Objects.requireNonNull(home, "home");
    Objects.requireNonNull(databaseUrl, "databaseUrl");
    Objects.requireNonNull(databaseUser, "databaseUser");
    Objects.requireNonNull(databasePassword, "databasePassword");
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(basePath, "basePath");
    Objects.requireNonNull(netDelay, "netDelay");
  }

  static AppConfig fromEnvironment(Map<String, String> environment, Path userHome) {
    EnvironmentReader env = new EnvironmentReader(environment, userHome);
    String databaseUrl = env.text("PROBE_DB_URL", "");
    if (!databaseUrl.isEmpty() && !databaseUrl.startsWith("jdbc:postgresql:")) {
      throw EnvironmentReader.invalid(
          "PROBE_DB_URL", databaseUrl, "a PostgreSQL JDBC URL like jdbc:postgresql://host/probe");
    }
    int syncEvery = env.integer("PROBE_SYNC_EVERY_MINUTES", 0, 0, 7 * 24 * 60);
    if (syncEvery != 0 && syncEvery < MIN_SYNC_MINUTES) {
      throw EnvironmentReader.invalid(
          "PROBE_SYNC_EVERY_MINUTES",
          String.valueOf(syncEvery),
          "0 (no schedule) or at least " + MIN_SYNC_MINUTES);
    }
    return new AppConfig(
        env.directory("PROBE_HOME", userHome.resolve(".probe")),
        databaseUrl,
        env.text("PROBE_DB_USER", ""),
        env.text("PROBE_DB_PASSWORD", ""),
        env.text("PROBE_HOST", "127.0.0.1"),
        env.integer("PROBE_PORT", DEFAULT_PORT, 0, 65535),
        basePath(env.text("PROBE_BASE_PATH", "")),
        env.flag("PROBE_PUBLIC_READS", false),
        syncEvery,
        Duration.ofMillis(
            env.integer("PROBE_NET_DELAY_MS", (int) DEFAULT_NET_DELAY.toMillis(), 0, 60_000)));
  }

  /** True when probe runs its own PostgreSQL under {@link #home()}. */
  boolean embeddedDatabase() {
    return databaseUrl.isEmpty();
  }

  Optional<Duration> syncEvery() {
    return syncEveryMinutes == 0
        ? Optional.empty()
        : Optional.of(Duration.ofMinutes(syncEveryMinutes));
  }

  /** Keeps the password out of logs and stack traces. */
  @Override
  public String toString() {
    return "AppConfig[home=%s, databaseUrl=%s, databaseUser=%s, databasePassword=%s, host=%s, port=%d, basePath=%s, publicReads=%s, syncEveryMinutes=%d, netDelay=%s]"
        .formatted(
            home,
            databaseUrl,
            databaseUser,
            databasePassword.isEmpty() ? "" : "***",
            host,
            port,
            basePath,
            publicReads,
            syncEveryMinutes,
            netDelay);
  }

  /** "" stays ""; "probe/", "/probe" and "/probe/" all become "/probe". */
  private static String basePath(String raw) {
    String trimmed = raw.replaceAll("^/+|/+$", "");
    String path = trimmed.isEmpty() ? "" : "/" + trimmed;
    if (!BASE_PATH.matcher(path).matches()) {
      throw EnvironmentReader.invalid("PROBE_BASE_PATH", raw, "a URL path like /probe");
    }
    return path;
  }
}
