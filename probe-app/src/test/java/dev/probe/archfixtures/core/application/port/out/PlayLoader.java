package dev.probe.archfixtures.core.application.port.out;

/** Wrong: an out-port whose name does not end in Port. */
public interface PlayLoader {
  int load();
}
