package dev.probe.scraper.login;

import dev.probe.core.domain.ProbeException;
import dev.probe.core.domain.ProbeException.Kind;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * WeChat's consent URL as Wahlap's authorize step answers it, with one change: the {@code
 * redirect_uri} back to Wahlap's callback is turned from https into plain http, so that WeChat's
 * browser sends the phone through the proxy with the one-time code in clear. Nothing else in the
 * URL (its encoding, its {@code #wechat_redirect} fragment) is touched.
 */
final class ConsentLink {

  private static final Pattern REDIRECT_URI = Pattern.compile("([?&]redirect_uri=)([^&#]*)");

  private ConsentLink() {}

  static String withPlainCallback(String location, String callbackHost) {
    Matcher m = REDIRECT_URI.matcher(location == null ? "" : location);
    if (!m.find()) {
      throw changed("it has no redirect_uri");
    }
    String raw = m.group(2);
    URI callback;
    try {
      callback = URI.create(URLDecoder.decode(raw, StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      throw changed("its redirect_uri is not a URL");
    }
    if (!callbackHost.equalsIgnoreCase(String.valueOf(callback.getHost()))) {
      throw changed("its redirect_uri leads to another host");
    }
    if ("http".equalsIgnoreCase(callback.getScheme())) {
      return location; // already plain
    }
    if (!raw.regionMatches(true, 0, "https", 0, 5)) {
      throw changed("its redirect_uri is neither http nor https");
    }
    String plain = raw.substring(0, 4) + raw.substring(5);
    return location.substring(0, m.start(2)) + plain + location.substring(m.end(2));
  }

  private static ProbeException changed(String why) {
    return new ProbeException(
        Kind.UNRECOGNISED_PAGE,
        "Wahlap's sign-in step answered with a WeChat link probe does not recognise ("
            + why
            + "). The login flow may have changed: see docs/net-login.md.");
  }
}
