package dev.probe.web;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Percent-encoding for path segments and query values. */
final class Urls {
  private Urls() {}

  /** Encodes one path segment or query value (spaces as %20, every reserved character escaped). */
  static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** Decodes a path segment; malformed escapes are the client's error. */
  static String decode(String s) {
    try {
      return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw dev.probe.core.domain.ProbeException.invalid(
          "malformed percent-encoding in '" + s + "'");
    }
  }
}
