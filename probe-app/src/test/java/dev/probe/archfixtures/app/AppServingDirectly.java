package dev.probe.archfixtures.app;

import io.javalin.Javalin;

/** Wrong: the app starts Javalin itself instead of through the Javalin delivery. */
public final class AppServingDirectly {
  public void start(Javalin server) {
    server.start(0);
  }
}
