package dev.probe.scraper.net;

import dev.probe.core.domain.ProbeException;
import dev.probe.core.domain.ProbeException.Kind;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/** How NET says "no": redirects to login or error, maintenance, firewall challenges. */
final class NetAnswers {

  private static final Pattern MAINTENANCE =
      Pattern.compile("maintenance|メンテナンス|维护|維護", Pattern.CASE_INSENSITIVE);
  private static final Pattern CHALLENGE =
      Pattern.compile("EO_Bot|captcha|challenge-platform|__tst_status", Pattern.CASE_INSENSITIVE);

  private NetAnswers() {}

  /**
   * Whether a redirect may be followed: only to another page of the same NET. Anything else (the
   * login gateway, the error or logout page, the site's front door, another host) means the session
   * is gone.
   */
  static URI followableRedirect(URI base, URI from, String location, String path) {
    if (location == null || location.isBlank()) {
      throw expired(path, "a redirect without a target");
    }
    URI target;
    try {
      target = from.resolve(location.trim());
    } catch (IllegalArgumentException e) {
      throw expired(path, "a redirect to a malformed address");
    }
    String targetPath = target.getPath() == null ? "" : target.getPath();
    boolean sameSite =
        base.getScheme().equalsIgnoreCase(String.valueOf(target.getScheme()))
            && base.getHost().equalsIgnoreCase(String.valueOf(target.getHost()))
            && base.getPort() == target.getPort()
            && targetPath.startsWith(base.getPath());
    if (!sameSite) {
      throw expired(path, "a redirect away from NET (to its login)");
    }
    String rest = targetPath.substring(base.getPath().length());
    if (rest.isEmpty() || rest.startsWith("error") || rest.startsWith("logout")) {
      throw expired(path, "a redirect to NET's " + (rest.isEmpty() ? "login" : rest) + " page");
    }
    return target;
  }

  private static ProbeException expired(String path, String what) {
    return new ProbeException(
        Kind.SESSION_EXPIRED,
        "NET answered " + path + " with " + what + ": the session has expired.");
  }

  static boolean isMaintenance(int status, byte[] body) {
    return status == 503 && MAINTENANCE.matcher(head(body)).find();
  }

  static ProbeException maintenance(String path) {
    return new ProbeException(
        Kind.MAINTENANCE, "NET is in maintenance (answering " + path + "): try again later.");
  }

  /** A 200 that is not a NET page: an empty body or a firewall's challenge. */
  static void checkNotBlocked(String path, byte[] body) {
    String text = head(body);
    if (text.isBlank()) {
      throw blocked(path, "an empty page");
    }
    boolean netPage =
        text.contains("main_wrapper") || text.toLowerCase(Locale.ROOT).contains("maimai");
    if (!netPage || (!text.contains("main_wrapper") && CHALLENGE.matcher(text).find())) {
      throw blocked(path, "a page that is not NET's (a firewall or bot check)");
    }
  }

  static ProbeException blocked(String path, String what) {
    return new ProbeException(
        Kind.BLOCKED,
        "NET answered "
            + path
            + " with "
            + what
            + ": this connection is blocked. Sync from your own home connection (not a cloud"
            + " server), or open NET in a browser once and copy its cookies again.");
  }

  /** The first 64 KiB as text: enough to recognise any of the above. */
  private static String head(byte[] body) {
    return new String(body, 0, Math.min(body.length, 65_536), StandardCharsets.UTF_8);
  }
}
