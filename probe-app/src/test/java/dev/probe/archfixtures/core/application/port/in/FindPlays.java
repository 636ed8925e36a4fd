package dev.probe.archfixtures.core.application.port.in;

/** Wrong: an in-port whose name does not end in UseCase. */
public interface FindPlays {
  int count();
}
