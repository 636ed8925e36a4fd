package dev.probe.web;

import dev.probe.core.domain.ProbeException;

/** The one place a failure's kind becomes an HTTP status. */
final class StatusMapping {
  private StatusMapping() {}

  static int status(ProbeException.Kind kind) {
    return switch (kind) {
      case INVALID_INPUT -> 400;
      case UNAUTHORISED -> 401;
      case NOT_FOUND -> 404;
      case CONFLICT, SESSION_EXPIRED, NO_SESSION -> 409;
      case TOO_LARGE -> 413;
      case UNRECOGNISED_PAGE -> 422;
      case NET_ERROR, NET_UNAVAILABLE, BLOCKED -> 502;
      case MAINTENANCE, STORE_UNAVAILABLE -> 503;
    };
  }
}
