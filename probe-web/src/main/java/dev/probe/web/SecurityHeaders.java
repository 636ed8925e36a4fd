package dev.probe.web;

import java.util.List;
import java.util.Map;

/** Headers every response carries; the CSP allows no inline script or style at all. */
final class SecurityHeaders {
  static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none';"
          + " form-action 'self'; frame-ancestors 'none'";

  private SecurityHeaders() {}

  static void add(Map<String, List<String>> headers, boolean https) {
    headers.put("content-security-policy", List.of(CSP));
    headers.put("x-content-type-options", List.of("nosniff"));
    headers.put("x-frame-options", List.of("DENY"));
    headers.put("referrer-policy", List.of("same-origin"));
    headers.put("cross-origin-opener-policy", List.of("same-origin"));
    if (https) {
      headers.put("strict-transport-security", List.of("max-age=31536000"));
    }
  }
}
