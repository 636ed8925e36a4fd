package dev.probe.lambda;

import java.util.List;
import java.util.Map;

/** The scheme and host the client used, as far as the gateway tells them. */
final class ClientView {
  private ClientView() {}

  /** API Gateway terminates TLS and says so in {@code X-Forwarded-Proto}; it only serves https. */
  static String scheme(Map<String, List<String>> headers) {
    String proto = first(headers, "x-forwarded-proto");
    return proto.isEmpty()
        ? "https"
        : proto.split(",")[0].trim().toLowerCase(java.util.Locale.ROOT);
  }

  /** The {@code Host} header, else the gateway's domain name. */
  static String host(Map<String, List<String>> headers, String domainName) {
    String host = first(headers, "host");
    if (!host.isEmpty()) {
      return host;
    }
    return domainName == null ? "" : domainName;
  }

  private static String first(Map<String, List<String>> headers, String name) {
    for (Map.Entry<String, List<String>> e : headers.entrySet()) {
      if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
        return e.getValue().get(0).trim();
      }
    }
    return "";
  }
}
