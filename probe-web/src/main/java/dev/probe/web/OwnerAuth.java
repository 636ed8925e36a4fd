package dev.probe.web;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The owner's token and what is derived from it. The API takes it as {@code Authorization: Bearer};
 * browsers exchange it once for an HttpOnly session cookie. Cookie and CSRF token are HMACs keyed
 * by the token, so they need no server-side state (a Lambda has none) and die when the token
 * changes.
 */
final class OwnerAuth {
  static final String SESSION_COOKIE = "probe_session";
  static final String CSRF_FIELD = "_csrf";
  static final String CSRF_HEADER = "x-csrf-token";
  private static final Duration SESSION_LIFETIME = Duration.ofDays(30);

  private final byte[] token;
  private final byte[] key;
  private final Clock clock;

  OwnerAuth(String ownerToken, Clock clock) {
    this.token = ownerToken.getBytes(StandardCharsets.UTF_8);
    this.key = sha256(("probe-session-key|" + ownerToken).getBytes(StandardCharsets.UTF_8));
    this.clock = clock;
  }

  Viewer identify(WebRequest request) {
    var auth = request.header("authorization");
    if (auth.isPresent()) {
      String value = auth.get().strip();
      if (value.regionMatches(true, 0, "Bearer ", 0, 7)) {
        boolean right = tokenMatches(value.substring(7).strip());
        return new Viewer(right, false, !right, "");
      }
      return new Viewer(false, false, true, "");
    }
    String session = request.cookies().get(SESSION_COOKIE);
    if (session != null && sessionValid(session)) {
      return new Viewer(true, true, false, csrfFor(session));
    }
    return Viewer.ANONYMOUS;
  }

  boolean tokenMatches(String presented) {
    return MessageDigest.isEqual(token, presented.getBytes(StandardCharsets.UTF_8));
  }

  /** A fresh session cookie value: issue time and its signature. */
  String newSession() {
    String issued = Long.toString(clock.instant().getEpochSecond());
    return issued + "." + hmac("session|" + issued);
  }

  String setCookie(String value, Origin origin) {
    return SESSION_COOKIE
        + "="
        + value
        + "; Path="
        + (origin.basePath().isEmpty() ? "/" : origin.basePath())
        + "; Max-Age="
        + SESSION_LIFETIME.toSeconds()
        + "; HttpOnly; SameSite=Lax"
        + (origin.isHttps() ? "; Secure" : "");
  }

  String clearCookie(Origin origin) {
    return SESSION_COOKIE
        + "=; Path="
        + (origin.basePath().isEmpty() ? "/" : origin.basePath())
        + "; Max-Age=0; HttpOnly; SameSite=Lax"
        + (origin.isHttps() ? "; Secure" : "");
  }

  boolean csrfValid(Viewer viewer, String presented) {
    return !viewer.csrfToken().isEmpty()
        && presented != null
        && MessageDigest.isEqual(
            viewer.csrfToken().getBytes(StandardCharsets.UTF_8),
            presented.getBytes(StandardCharsets.UTF_8));
  }

  private boolean sessionValid(String value) {
    int dot = value.indexOf('.');
    if (dot < 1) {
      return false;
    }
    String issued = value.substring(0, dot);
    long seconds;
    try {
      seconds = Long.parseLong(issued);
    } catch (NumberFormatException e) {
      return false;
    }
    long now = clock.instant().getEpochSecond();
    if (seconds > now + 60 || now - seconds > SESSION_LIFETIME.toSeconds()) {
      return false;
    }
    return MessageDigest.isEqual(
        hmac("session|" + issued).getBytes(StandardCharsets.UTF_8),
        value.substring(dot + 1).getBytes(StandardCharsets.UTF_8));
  }

  private String csrfFor(String session) {
    return hmac("csrf|" + session);
  }

  private String hmac(String message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  static byte[] sha256(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
