package dev.probe.archfixtures.core.application.service;

/** Wrong: a service that implements no use case. */
public final class LonelyService {
  public int work() {
    return 1;
  }
}
