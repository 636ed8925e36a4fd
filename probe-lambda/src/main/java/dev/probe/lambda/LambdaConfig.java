package dev.probe.lambda;

import dev.probe.core.domain.ProbeException;
import java.util.Locale;
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
 */
record LambdaConfig(
    String dbUrl,
    String dbUser,
    String dbPassword,
    String ownerToken,
    String basePath,
    boolean publicReads,
    int poolSize) {

  LambdaConfig {
    if (!dbUrl.startsWith("jdbc:postgresql:")) {
      throw ProbeException.invalid(
          "PROBE_DB_URL must be a jdbc:postgresql:// URL of the archive's database");
    }
    if (ownerToken.length() < 16) {
      throw ProbeException.invalid(
          "PROBE_TOKEN must be set to the owner's token (at least 16 characters)");
    }
    if (poolSize < 1 || poolSize > 2) {
      throw ProbeException.invalid("PROBE_DB_POOL_SIZE must be 1 or 2, not " + poolSize);
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
        poolSize(env.getOrDefault("PROBE_DB_POOL_SIZE", "2")));
  }

  private static String required(Map<String, String> env, String name) {
    String value = env.getOrDefault(name, "").trim();
    if (value.isEmpty()) {
      throw ProbeException.invalid(name + " is not set in the function's environment");
    }
    return value;
  }

  private static int poolSize(String value) {
    try {
      return Integer.parseInt(value.trim().toLowerCase(Locale.ROOT));
    } catch (NumberFormatException e) {
      throw ProbeException.invalid("PROBE_DB_POOL_SIZE must be 1 or 2, not '" + value + "'");
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
        + "]";
  }
}
