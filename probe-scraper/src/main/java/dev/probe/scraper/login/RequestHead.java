package dev.probe.scraper.login;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One request line and its headers, as the client sent them.
 *
 * @param method e.g. {@code GET} or {@code CONNECT}
 * @param target absolute-form ({@code http://host/path}), authority-form ({@code host:443}) or
 *     origin-form ({@code /path}, only inside a tunnel to port 80)
 * @param version {@code HTTP/1.0} or {@code HTTP/1.1}
 * @param headers name and value pairs in order
 */
record RequestHead(String method, String target, String version, List<Header> headers) {

  /** One header line. */
  record Header(String name, String value) {}

  RequestHead {
    headers = List.copyOf(headers);
  }

  Optional<String> header(String name) {
    for (Header h : headers) {
      if (h.name().equalsIgnoreCase(name)) {
        return Optional.of(h.value());
      }
    }
    return Optional.empty();
  }

  /** The head as it goes upstream: origin-form target, no proxy or hop-by-hop headers. */
  byte[] upstreamBytes(String originTarget, String hostHeader) {
    StringBuilder b = new StringBuilder();
    b.append(method).append(' ').append(originTarget).append(' ').append(version).append("\r\n");
    List<Header> kept = new ArrayList<>();
    boolean host = false;
    for (Header h : headers) {
      String n = h.name().toLowerCase(Locale.ROOT);
      if (n.startsWith("proxy-") || n.equals("connection") || n.equals("keep-alive")) {
        continue;
      }
      host |= n.equals("host");
      kept.add(h);
    }
    if (!host) {
      b.append("Host: ").append(hostHeader).append("\r\n");
    }
    for (Header h : kept) {
      b.append(h.name()).append(": ").append(h.value()).append("\r\n");
    }
    b.append("Connection: close\r\n\r\n");
    return b.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
  }

  @Override
  public String toString() {
    // The target may carry a one-time sign-in code: never show its query.
    int q = target.indexOf('?');
    return "RequestHead[" + method + " " + (q < 0 ? target : target.substring(0, q) + "?…") + "]";
  }
}
