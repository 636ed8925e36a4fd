package dev.probe.app;

import dev.probe.scraper.net.SegaLoginSettings;
import java.net.URI;
import java.util.Map;

/**
 * Where the SEGA ID login goes: the addresses seen in 2025–26, each replaceable by an environment
 * variable, so a moved login page needs no new release (docs/net-login.md).
 */
final class LoginSites {

  static final String GATEWAY_PAGE = "PROBE_LOGIN_GATEWAY_PAGE";
  static final String GATEWAY_SUBMIT = "PROBE_LOGIN_GATEWAY_SUBMIT";
  static final String INTL_BASE = "PROBE_LOGIN_INTL_BASE";
  static final String JP_BASE = "PROBE_LOGIN_JP_BASE";

  private LoginSites() {}

  static SegaLoginSettings from(Map<String, String> environment) {
    SegaLoginSettings d = SegaLoginSettings.defaults();
    return new SegaLoginSettings(
        uri(environment, GATEWAY_PAGE, d.gatewayLoginPage()),
        uri(environment, GATEWAY_SUBMIT, d.gatewaySubmit()),
        base(environment, INTL_BASE, d.intlBase()),
        base(environment, JP_BASE, d.jpBase()));
  }

  private static URI base(Map<String, String> env, String name, URI fallback) {
    URI uri = uri(env, name, fallback);
    return uri.getPath().endsWith("/") ? uri : URI.create(uri + "/");
  }

  private static URI uri(Map<String, String> env, String name, URI fallback) {
    String raw = env.getOrDefault(name, "").strip();
    if (raw.isEmpty()) {
      return fallback;
    }
    try {
      URI uri = new URI(raw);
      String scheme = String.valueOf(uri.getScheme());
      if ((scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null) {
        return uri;
      }
    } catch (java.net.URISyntaxException e) {
      // reported below
    }
    throw EnvironmentReader.invalid(name, raw, "an absolute http(s) address");
  }
}
