package dev.probe.scraper.net;

import dev.probe.core.domain.ProbeException;
import dev.probe.core.domain.Region;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Builds the requests a mobile browser would send to NET. */
final class NetRequests {

  private static final Pattern COOKIE_NAME = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
  private static final Pattern COOKIE_VALUE =
      Pattern.compile("[\\x21\\x23-\\x2B\\x2D-\\x3A\\x3C-\\x5B\\x5D-\\x7E]*");

  private NetRequests() {}

  /** {@code path} under {@code base}; anything that would leave it is a programming error. */
  static URI resolve(URI base, String path) {
    if (path == null || path.startsWith("/") || path.contains("..") || path.contains("://")) {
      throw new IllegalArgumentException("not a NET page path: " + path);
    }
    return base.resolve(path);
  }

  static HttpRequest build(
      Region region, URI base, URI uri, Map<String, String> jar, NetClientSettings settings) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri)
            .GET()
            .timeout(settings.readTimeout())
            .header("User-Agent", settings.userAgent())
            .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
            .header("Accept-Language", acceptLanguage(region))
            .header("Referer", base.resolve(referer(base, uri)).toString());
    if (!jar.isEmpty()) {
      b.header("Cookie", cookieHeader(jar));
    }
    return b.build();
  }

  /** Lists and play details are opened from the record page, the album from playerData. */
  static String referer(URI base, URI uri) {
    String rest = base.relativize(uri).getPath();
    if (rest.startsWith("record/")) {
      return "record/";
    }
    if (rest.startsWith("playerData/")) {
      return "playerData/";
    }
    return "home/";
  }

  static String acceptLanguage(Region region) {
    switch (region) {
      case CN:
        return "zh-CN,zh;q=0.9";
      case JP:
        return "ja-JP,ja;q=0.9";
      default:
        return "en-US,en;q=0.9";
    }
  }

  /** The Cookie header; a malformed cookie is refused without echoing its value. */
  static String cookieHeader(Map<String, String> jar) {
    for (Map.Entry<String, String> e : jar.entrySet()) {
      if (!COOKIE_NAME.matcher(e.getKey()).matches()
          || !COOKIE_VALUE.matcher(e.getValue()).matches()) {
        throw ProbeException.invalid(
            "the stored NET cookie '"
                + (COOKIE_NAME.matcher(e.getKey()).matches() ? e.getKey() : "?")
                + "' has characters a cookie cannot have; set the session again with"
                + " `probe session set`.");
      }
    }
    return jar.entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining("; "));
  }
}
