package dev.probe.web;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where the client believes it is talking to: scheme and host from {@code Forwarded}, else {@code
 * X-Forwarded-Proto}/{@code X-Forwarded-Host}, else what the delivery saw; the base path from
 * {@code X-Forwarded-Prefix}, else the delivery's, else the configured one. Every absolute URL and
 * every link is built from this, so pages stay right behind a proxy or an API Gateway stage.
 */
record Origin(String scheme, String host, String basePath) {
  private static final Pattern HOST =
      Pattern.compile("[A-Za-z0-9.\\-]+(:\\d{1,5})?|\\[[0-9A-Fa-f:.]+](:\\d{1,5})?");

  static Origin of(WebRequest request, WebConfig config) {
    String scheme = request.scheme();
    String host = request.host();
    Optional<String> forwarded = request.header("forwarded");
    String fwdProto = forwarded.flatMap(f -> forwardedPart(f, "proto")).orElse(null);
    String fwdHost = forwarded.flatMap(f -> forwardedPart(f, "host")).orElse(null);
    if (fwdProto == null) {
      fwdProto = request.header("x-forwarded-proto").map(Origin::firstOfList).orElse(null);
    }
    if (fwdHost == null) {
      fwdHost = request.header("x-forwarded-host").map(Origin::firstOfList).orElse(null);
    }
    if (fwdProto != null) {
      String p = fwdProto.toLowerCase(Locale.ROOT);
      if (p.equals("http") || p.equals("https")) {
        scheme = p;
      }
    }
    if (fwdHost != null && HOST.matcher(fwdHost).matches()) {
      host = fwdHost;
    }
    String base = request.header("x-forwarded-prefix").map(Origin::safeBase).orElse("");
    if (base.isEmpty()) {
      base = request.basePath().isEmpty() ? config.basePath() : safeBase(request.basePath());
    }
    return new Origin(scheme == null ? "http" : scheme, host == null ? "localhost" : host, base);
  }

  /** An app-relative path ({@code /plays}) as a link: {@code /release/plays}. */
  String link(String appPath) {
    return basePath + appPath;
  }

  /** An absolute URL for redirects and API answers. */
  String absolute(String appPath) {
    return scheme + "://" + host + basePath + appPath;
  }

  boolean isHttps() {
    return scheme.equals("https");
  }

  private static String firstOfList(String value) {
    int comma = value.indexOf(',');
    return (comma < 0 ? value : value.substring(0, comma)).strip();
  }

  /** One parameter of the first element of an RFC 7239 {@code Forwarded} header. */
  static Optional<String> forwardedPart(String header, String name) {
    String first = firstOfList(header);
    for (String pair : first.split(";")) {
      int eq = pair.indexOf('=');
      if (eq > 0 && pair.substring(0, eq).strip().equalsIgnoreCase(name)) {
        String value = pair.substring(eq + 1).strip();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
          value = value.substring(1, value.length() - 1);
        }
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
      }
    }
    return Optional.empty();
  }

  private static String safeBase(String value) {
    try {
      return WebConfig.normaliseBasePath(firstOfList(value));
    } catch (IllegalArgumentException e) {
      return "";
    }
  }
}
