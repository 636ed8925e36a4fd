package dev.probe.web;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;

/**
 * Entity tags for pages: a weak tag from the page's own bytes (before compression, so every
 * encoding of one page shares it), and {@code If-None-Match} matching by the weak comparison. A
 * page whose bytes did not change is answered 304 with no body, whatever made it.
 */
final class PageTags {
  /** Pages may be kept by the browser, never by a shared cache, and are checked on every use. */
  static final String REVALIDATE = "private, no-cache";

  private PageTags() {}

  static String of(byte[] body) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
      return "W/\""
          + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22)
          + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /** Whether {@code ifNoneMatch} (a list of tags, or {@code *}) names {@code etag}. */
  static boolean matches(String ifNoneMatch, String etag) {
    if (ifNoneMatch == null || etag == null) {
      return false;
    }
    String wanted = opaque(etag);
    for (String tag : ifNoneMatch.split(",")) {
      String t = tag.strip();
      if (t.equals("*") || opaque(t).equals(wanted)) {
        return true;
      }
    }
    return false;
  }

  private static String opaque(String tag) {
    return tag.toUpperCase(Locale.ROOT).startsWith("W/") ? tag.substring(2) : tag;
  }
}
