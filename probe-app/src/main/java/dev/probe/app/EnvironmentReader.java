package dev.probe.app;

import dev.probe.core.domain.ProbeException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Typed reads of environment variables; a bad value names the variable and what it accepts. */
final class EnvironmentReader {

  private final Map<String, String> environment;
  private final Path userHome;

  EnvironmentReader(Map<String, String> environment, Path userHome) {
    this.environment = Map.copyOf(environment);
    this.userHome = userHome;
  }

  /** The trimmed value, or {@code fallback} when the variable is unset or blank. */
  String text(String name, String fallback) {
    String value = environment.get(name);
    return value == null || value.isBlank() ? fallback : value.trim();
  }

  int integer(String name, int fallback, int min, int max) {
    String value = text(name, "");
    if (value.isEmpty()) {
      return fallback;
    }
    try {
      int parsed = Integer.parseInt(value);
      if (parsed >= min && parsed <= max) {
        return parsed;
      }
    } catch (NumberFormatException notANumber) {
      // reported below, with the accepted range
    }
    throw invalid(name, value, "a whole number from " + min + " to " + max);
  }

  boolean flag(String name, boolean fallback) {
    String value = text(name, "");
    switch (value.toLowerCase(Locale.ROOT)) {
      case "":
        return fallback;
      case "true":
      case "yes":
      case "1":
        return true;
      case "false":
      case "no":
      case "0":
        return false;
      default:
        throw invalid(name, value, "true or false");
    }
  }

  /**
   * A directory; {@code ~} at the start means the user's home, relative paths are made absolute.
   */
  Path directory(String name, Path fallback) {
    String value = text(name, "");
    if (value.isEmpty()) {
      return fallback;
    }
    if (value.equals("~") || value.startsWith("~/")) {
      return userHome.resolve(value.substring(1).replaceFirst("^/", "")).normalize();
    }
    try {
      return Path.of(value).toAbsolutePath().normalize();
    } catch (java.nio.file.InvalidPathException e) {
      throw invalid(name, value, "a directory path");
    }
  }

  static ProbeException invalid(String name, String value, String accepted) {
    return ProbeException.invalid(
        name + " must be " + accepted + ", but it is '" + value + "'; fix or unset it");
  }
}
