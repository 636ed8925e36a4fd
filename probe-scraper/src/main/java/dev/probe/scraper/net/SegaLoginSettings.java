package dev.probe.scraper.net;

import dev.probe.core.domain.Region;
import java.net.URI;
import java.util.Objects;

/**
 * Where the SEGA ID login lives (MAIMAI-NET-PAGES §2.2, §2.3). Every address can be replaced, so a
 * moved page is a configuration change, not a new release.
 *
 * @param gatewayLoginPage the aime gateway's login page for international NET (its query names the
 *     site and where to go after login)
 * @param gatewaySubmit where that page's form posts the SEGA ID and password (no trailing slash:
 *     with one the gateway answers 404)
 * @param intlBase international NET's {@code /maimai-mobile/}
 * @param jpBase Japanese NET's {@code /maimai-mobile/}, whose front page is the login form
 */
public record SegaLoginSettings(URI gatewayLoginPage, URI gatewaySubmit, URI intlBase, URI jpBase) {

  public SegaLoginSettings {
    Objects.requireNonNull(gatewayLoginPage, "gatewayLoginPage");
    Objects.requireNonNull(gatewaySubmit, "gatewaySubmit");
    Objects.requireNonNull(intlBase, "intlBase");
    Objects.requireNonNull(jpBase, "jpBase");
    if (!intlBase.getPath().endsWith("/") || !jpBase.getPath().endsWith("/")) {
      throw new IllegalArgumentException("a NET base must end in '/'");
    }
  }

  /** The addresses seen in 2025–26. */
  public static SegaLoginSettings defaults() {
    URI intl = Region.INTL.netBase();
    return new SegaLoginSettings(
        URI.create(
            "https://lng-tgk-aime-gw.am-all.net/common_auth/login?site_id=maimaidxex"
                + "&redirect_url="
                + intl
                + "&back_url=https://maimai.sega.com/"),
        URI.create("https://lng-tgk-aime-gw.am-all.net/common_auth/login/sid"),
        intl,
        Region.JP.netBase());
  }

  public SegaLoginSettings withGateway(URI loginPage, URI submit) {
    return new SegaLoginSettings(loginPage, submit, intlBase, jpBase);
  }

  public SegaLoginSettings withBases(URI intl, URI jp) {
    return new SegaLoginSettings(gatewayLoginPage, gatewaySubmit, intl, jp);
  }

  URI baseFor(Region region) {
    return region == Region.JP ? jpBase : intlBase;
  }
}
