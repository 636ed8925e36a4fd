package dev.probe.core.domain;

import java.util.regex.Pattern;

/**
 * The handle an archive uses for one player (several can share an instance): short, chosen by the
 * owner, safe in URLs and file names, e.g. {@code me} or {@code sister}.
 */
public record PlayerId(String value) {
  private static final Pattern SAFE = Pattern.compile("[a-z0-9][a-z0-9_-]{0,31}");

  public PlayerId {
    if (value == null || !SAFE.matcher(value).matches()) {
      throw ProbeException.invalid(
          "a player handle is 1–32 characters of a-z, 0-9, '-' or '_', starting with a letter or"
              + " digit: '"
              + value
              + "'");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
