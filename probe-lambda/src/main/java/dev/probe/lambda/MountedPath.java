package dev.probe.lambda;

/**
 * A request path split into the prefix the application is mounted under (a stage such as {@code
 * /release}, or a custom domain's API mapping) and the route below it.
 *
 * @param basePath {@code ""} or a prefix like {@code /release}, without a trailing slash
 * @param path the route, starting with {@code /}
 */
record MountedPath(String basePath, String path) {

  /** Where the stage segment is a prefix of the path the client asked for. */
  static String stagePrefix(String stage) {
    return stage == null || stage.isEmpty() || stage.equals("$default") ? "" : "/" + stage;
  }

  /**
   * Splits {@code fullPath}: a configured base path (custom domain mapping) wins; otherwise the
   * stage prefix is the base path when the path carries it.
   */
  static MountedPath split(String fullPath, String configuredBase, String stagePrefix) {
    String path = fullPath == null || fullPath.isEmpty() ? "/" : fullPath;
    if (!configuredBase.isEmpty()) {
      return new MountedPath(configuredBase, strip(path, configuredBase));
    }
    if (!stagePrefix.isEmpty() && carries(path, stagePrefix)) {
      return new MountedPath(stagePrefix, strip(path, stagePrefix));
    }
    return new MountedPath("", path);
  }

  /** Normalises a configured base path: {@code "release/"} → {@code "/release"}, "/" → "". */
  static String normaliseBase(String configured) {
    String base = configured == null ? "" : configured.trim();
    while (base.endsWith("/")) {
      base = base.substring(0, base.length() - 1);
    }
    return base.isEmpty() || base.startsWith("/") ? base : "/" + base;
  }

  static boolean carries(String path, String prefix) {
    return path.equals(prefix) || path.startsWith(prefix + "/");
  }

  private static String strip(String path, String prefix) {
    if (!carries(path, prefix)) {
      return path;
    }
    String rest = path.substring(prefix.length());
    return rest.isEmpty() ? "/" : rest;
  }
}
