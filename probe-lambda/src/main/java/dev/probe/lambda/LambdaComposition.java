package dev.probe.lambda;

import dev.probe.web.WebApplication;
import java.util.Map;

/**
 * The function's own composition root, built once per execution environment from its environment
 * variables: a tiny connection pool to the external PostgreSQL (never migrated from here), the
 * store, the core's services and the web application.
 */
final class LambdaComposition {
  private static LambdaComposition shared;

  private final LambdaConfig config;
  private final WebApplication application;

  LambdaComposition(LambdaConfig config, WebApplication application) {
    this.config = config;
    this.application = application;
  }

  /** The one composition of this execution environment (both handler kinds share it). */
  static synchronized LambdaComposition shared() {
    if (shared == null) {
      shared = fromEnvironment(System.getenv());
    }
    return shared;
  }

  static LambdaComposition fromEnvironment(Map<String, String> env) {
    LambdaConfig config = LambdaConfig.fromEnvironment(env);
    throw new IllegalStateException(
        "the store and web application are wired in a later step: " + config);
  }

  LambdaConfig config() {
    return config;
  }

  WebApplication application() {
    return application;
  }
}
