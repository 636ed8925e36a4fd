package dev.probe.lambda;

import dev.probe.core.domain.ProbeException;
import dev.probe.web.WebResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * Moves bodies across the gateway: API Gateway carries them as strings, so anything that is not
 * plain UTF-8 text (uploads, images, gzip) travels base64-encoded with {@code isBase64Encoded}.
 */
final class Bodies {
  private Bodies() {}

  /** The request body's bytes; an empty array when there is none. */
  static byte[] decode(String body, boolean base64) {
    if (body == null || body.isEmpty()) {
      return new byte[0];
    }
    if (!base64) {
      return body.getBytes(StandardCharsets.UTF_8);
    }
    try {
      return Base64.getMimeDecoder().decode(strictBase64(body));
    } catch (IllegalArgumentException e) {
      throw ProbeException.invalid(
          "the request body is marked base64-encoded but is not valid base64: " + e.getMessage());
    }
  }

  /** A response body as the gateway wants it. */
  record Encoded(String body, boolean base64) {}

  static Encoded encode(WebResponse response) {
    byte[] bytes = response.body();
    if (bytes.length == 0) {
      return new Encoded("", false);
    }
    if (isPlainUtf8Text(response)) {
      return new Encoded(new String(bytes, StandardCharsets.UTF_8), false);
    }
    return new Encoded(Base64.getEncoder().encodeToString(bytes), true);
  }

  /** Text that is not compressed and is UTF-8 can go as a string; everything else as base64. */
  private static boolean isPlainUtf8Text(WebResponse response) {
    String encoding = response.header("content-encoding").orElse("identity").trim();
    if (!encoding.equalsIgnoreCase("identity")) {
      return false;
    }
    String type = response.header("content-type").orElse("").toLowerCase(Locale.ROOT);
    int charset = type.indexOf("charset=");
    if (charset >= 0 && !type.substring(charset + 8).trim().replace("\"", "").startsWith("utf-8")) {
      return false;
    }
    return type.startsWith("text/")
        || type.startsWith("application/json")
        || type.startsWith("application/javascript")
        || type.startsWith("application/xml")
        || type.startsWith("image/svg+xml")
        || type.contains("+json")
        || type.contains("+xml");
  }

  /**
   * The MIME decoder silently skips characters outside the alphabet; only line breaks (which some
   * clients insert) may be skipped, anything else is an error.
   */
  private static String strictBase64(String body) {
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      boolean alphabet =
          (c >= 'A' && c <= 'Z')
              || (c >= 'a' && c <= 'z')
              || (c >= '0' && c <= '9')
              || c == '+'
              || c == '/'
              || c == '=';
      if (!alphabet && c != '\r' && c != '\n') {
        throw new IllegalArgumentException("unexpected character at offset " + i);
      }
    }
    return body;
  }
}
