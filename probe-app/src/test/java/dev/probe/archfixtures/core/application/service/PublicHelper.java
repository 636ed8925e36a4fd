package dev.probe.archfixtures.core.application.service;

/** Wrong: a public helper in the service package (helpers are package-private). */
public final class PublicHelper {
  public int help() {
    return 1;
  }
}
