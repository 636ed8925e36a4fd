package dev.probe.lambda;

import dev.probe.core.domain.ProbeException;
import java.util.Map;

/**
 * What the function reads from its environment variables. Secrets are never part of {@link
 * #toString()}.
 *
 * @param dbUrl {@code PROBE_DB_URL}, a {@code jdbc:postgresql://…} URL (RDS Proxy or Aurora)
 * @param dbUser {@code PROBE_DB_USER}
 * @param dbPassword {@code PROBE_DB_PASSWORD}
 * @param ownerToken {@code PROBE_TOKEN}: the owner's token for writes and pushes
 * @param basePath {@code PROBE_BASE_PATH}: a custom domain's API mapping; "" to follow the stage
 * @param publicReads {@code PROBE_PUBLIC_READS}: {@code true} lets anyone read the archive
 * @param poolSize {@code PROBE_DB_POOL_SIZE}: 1 or 2 (one invocation at a time per environment)
 * @param maxPushBytes {@code PROBE_MAX_PUSH_BYTES}: the largest push or upload body; a Lambda
 *     invocation carries at most 6 MB, base64 and the event included, so 4 MiB by default
 * @param dbTimeoutMillis {@code PROBE_DB_TIMEOUT_MS}: how long a request waits for a connection
 *     before it answers 503 (250 to 25,000; 10,000 by default, inside API Gateway's 30 s)
 */
record LambdaConfig(
    String dbUrl,
    String dbUser,
    String dbPassword,
    String ownerToken,
    String basePath,
    boolean publicReads,
    int poolSize,
    long maxPushBytes,
    int dbTimeoutMillis) {

  static final long DEFAULT_MAX_PUSH = 4L * 1024 * 1024;
  private static final long MAX_PUSH_CEILING = 4_400_000; // 4.4 MB × 4/3 + event < 6 MB
  static final int DEFAULT_DB_TIMEOUT = 10_000;

  LambdaConfig {
    if (!dbUrl.startsWith("jdbc:postgresql:")) {
      throw ProbeException.invalid(
          "PROBE_DB_URL must be a jdbc:postgresql:// URL of the archive's database");
    }
    if (ownerToken.length() < 20) {
      throw ProbeException.invalid(
          "PROBE_TOKEN must be set to the owner's token (at least 20 characters)");
    }
    if (maxPushBytes < 1 || maxPushBytes > MAX_PUSH_CEILING) {
      throw ProbeException.invalid(
          "PROBE_MAX_PUSH_BYTES must be 1 to "
              + MAX_PUSH_CEILING
              + " (a Lambda invocation carries at most 6 MB once base64-encoded)");
    }
    if (poolSize < 1 || poolSize > 2) {
      throw ProbeException.invalid("PROBE_DB_POOL_SIZE must be 1 or 2, not " + poolSize);
    }
    if (dbTimeoutMillis < 250 || dbTimeoutMillis > 25_000) {
      throw ProbeException.invalid(
          "PROBE_DB_TIMEOUT_MS must be 250 to 25000 (API Gateway gives up after 30 s), not "
              + dbTimeoutMillis);
    }
  }

  static LambdaConfig fromEnvironment(Map<String, String> env) {
    return new LambdaConfig(
        required(env, "PROBE_DB_URL"),
        env.getOrDefault("PROBE_DB_USER", ""),
        env.getOrDefault("PROBE_DB_PASSWORD", ""),
        env.getOrDefault("PROBE_TOKEN", ""),
        MountedPath.normaliseBase(env.getOrDefault("PROBE_BASE_PATH", "")),
        Boolean.parseBoolean(env.getOrDefault("PROBE_PUBLIC_READS", "false").trim()),
        number(env, "PROBE_DB_POOL_SIZE", 2),
        number(env, "PROBE_MAX_PUSH_BYTES", DEFAULT_MAX_PUSH),
        number(env, "PROBE_DB_TIMEOUT_MS", DEFAULT_DB_TIMEOUT));
  }

  private static String required(Map<String, String> env, String name) {
    String value = env.getOrDefault(name, "").trim();
    if (value.isEmpty()) {
      throw ProbeException.invalid(name + " is not set in the function's environment");
    }
    return value;
  }

  private static int number(Map<String, String> env, String name, int fallback) {
    return (int) number(env, name, (long) fallback);
  }

  private static long number(Map<String, String> env, String name, long fallback) {
    String value = env.getOrDefault(name, "").trim();
    if (value.isEmpty()) {
      return fallback;
    }
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw ProbeException.invalid(name + " must be a whole number, not '" + value + "'");
    }
  }

  @Override
  public String toString() {
    int query = dbUrl.indexOf('?');
    return "LambdaConfig[dbUrl="
        + (query < 0 ? dbUrl : dbUrl.substring(0, query) + "?…")
        + ", dbUser="
        + dbUser
        + ", basePath="
        + basePath
        + ", publicReads="
        + publicReads
        + ", poolSize="
        + poolSize
        + ", maxPushBytes="
        + maxPushBytes
        + ", dbTimeoutMillis="
        + dbTimeoutMillis
        + "]";
  }
}
