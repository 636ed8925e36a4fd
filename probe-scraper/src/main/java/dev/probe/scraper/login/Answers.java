package dev.probe.scraper.login;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The proxy's own answers: a status with a short page, or a redirect. Always closes. */
final class Answers {

  private static final Map<Integer, String> REASONS =
      Map.of(
          200, "OK",
          302, "Found",
          400, "Bad Request",
          403, "Forbidden",
          408, "Request Timeout",
          431, "Request Header Fields Too Large",
          502, "Bad Gateway",
          503, "Service Unavailable",
          504, "Gateway Timeout");

  private Answers() {}

  static void html(OutputStream out, int status, String html) throws IOException {
    send(out, status, "text/html; charset=utf-8", html, "");
  }

  static void text(OutputStream out, int status, String text) throws IOException {
    send(out, status, "text/plain; charset=utf-8", text + "\n", "");
  }

  static void redirect(OutputStream out, String location) throws IOException {
    send(out, 302, "text/plain; charset=utf-8", "", "Location: " + location + "\r\n");
  }

  private static void send(
      OutputStream out, int status, String type, String body, String extraHeaders)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    String head =
        "HTTP/1.1 "
            + status
            + " "
            + REASONS.getOrDefault(status, "Error")
            + "\r\nContent-Type: "
            + type
            + "\r\nContent-Length: "
            + bytes.length
            + "\r\nCache-Control: no-store\r\nConnection: close\r\n"
            + extraHeaders
            + "\r\n";
    out.write(head.getBytes(StandardCharsets.ISO_8859_1));
    out.write(bytes);
    out.flush();
  }
}
