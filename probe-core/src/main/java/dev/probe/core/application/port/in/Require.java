package dev.probe.core.application.port.in;

import dev.probe.core.domain.ProbeException;

/** Checks shared by the queries and commands: missing input is the caller's error. */
final class Require {
  private Require() {}

  static <T> T present(T value, String what) {
    if (value == null) {
      throw ProbeException.invalid(what + " is required");
    }
    return value;
  }
}
