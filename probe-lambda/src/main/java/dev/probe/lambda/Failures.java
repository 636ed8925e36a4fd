package dev.probe.lambda;

import dev.probe.core.domain.ProbeException;
import dev.probe.web.WebResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Answers for requests that fail before the web application sees them (an event that cannot be
 * translated, such as a body that is not base64) or that it lets escape.
 */
final class Failures {
  private Failures() {}

  static WebResponse of(ProbeException e) {
    return text(status(e.kind()), e.getMessage());
  }

  static WebResponse unexpected() {
    return text(500, "probe could not answer this request; the function's log has the details");
  }

  static int status(ProbeException.Kind kind) {
    return switch (kind) {
      case INVALID_INPUT, UNRECOGNISED_PAGE -> 400;
      case UNAUTHORISED -> 401;
      case NOT_FOUND -> 404;
      case CONFLICT -> 409;
      case TOO_LARGE -> 413;
      case SESSION_EXPIRED, NO_SESSION, NET_ERROR, BLOCKED -> 502;
      case MAINTENANCE, NET_UNAVAILABLE, STORE_UNAVAILABLE -> 503;
    };
  }

  private static WebResponse text(int status, String message) {
    return new WebResponse(
        status,
        Map.of(
            "content-type", List.of("text/plain; charset=utf-8"),
            "cache-control", List.of("no-store"),
            "x-content-type-options", List.of("nosniff")),
        (message + "\n").getBytes(StandardCharsets.UTF_8));
  }
}
