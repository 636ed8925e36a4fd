package dev.probe.core.domain;

import java.util.Objects;

/**
 * The one expected failure of probe. {@link Kind} tells a delivery how to answer (HTTP status, exit
 * code); the message tells a person what to do next. Never carries a secret.
 */
public final class ProbeException extends RuntimeException {

  /** What went wrong, coarse enough for a status code, fine enough for a person to act on. */
  public enum Kind {
    /** NET no longer accepts the stored session: log in again. */
    SESSION_EXPIRED,
    /** No NET session is stored for the player yet. */
    NO_SESSION,
    /** NET is in maintenance: try again later. */
    MAINTENANCE,
    /** NET answered with its own error page (code in {@link #netErrorCode()}). */
    NET_ERROR,
    /** NET could not be reached (network fault, timeout, 5xx). */
    NET_UNAVAILABLE,
    /** A firewall or bot challenge answered instead of NET. */
    BLOCKED,
    /** The page is not a NET page probe knows, or it is cut short or garbled. */
    UNRECOGNISED_PAGE,
    /** The thing asked for does not exist. */
    NOT_FOUND,
    /** The request or file is malformed; the message says where. */
    INVALID_INPUT,
    /** The request lacks the owner's token or carries a wrong one. */
    UNAUTHORISED,
    /** The request is too large. */
    TOO_LARGE,
    /** Another process holds the archive, or a concurrent change collided. */
    CONFLICT,
    /** The archive's database is down, full or otherwise unusable. */
    STORE_UNAVAILABLE
  }

  private final Kind kind;
  private final String netErrorCode;

  public ProbeException(Kind kind, String message) {
    this(kind, message, "", null);
  }

  public ProbeException(Kind kind, String message, Throwable cause) {
    this(kind, message, "", cause);
  }

  public ProbeException(Kind kind, String message, String netErrorCode, Throwable cause) {
    super(Objects.requireNonNull(message, "message"), cause);
    this.kind = Objects.requireNonNull(kind, "kind");
    this.netErrorCode = Objects.requireNonNull(netErrorCode, "netErrorCode");
  }

  public Kind kind() {
    return kind;
  }

  /**
   * NET's own error code (e.g. {@code 200002}) when {@link #kind()} came from an error page, else
   * "".
   */
  public String netErrorCode() {
    return netErrorCode;
  }

  public static ProbeException invalid(String message) {
    return new ProbeException(Kind.INVALID_INPUT, message);
  }

  public static ProbeException notFound(String message) {
    return new ProbeException(Kind.NOT_FOUND, message);
  }

  public static ProbeException unrecognised(String message) {
    return new ProbeException(Kind.UNRECOGNISED_PAGE, message);
  }
}
