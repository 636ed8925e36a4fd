package dev.probe.scraper.net;

import dev.probe.core.application.port.out.NetLoginPort;
import dev.probe.core.domain.CardChooser;
import dev.probe.core.domain.ProbeException;
import dev.probe.core.domain.Region;
import dev.probe.core.domain.SegaCredentials;
import java.time.Clock;
import java.util.Objects;

/**
 * Logs in to international and Japanese NET with a SEGA ID over {@code java.net.http}, as a mobile
 * browser would, with the same pacing, timeouts and retries as {@link NetClient}. A refused
 * password is reported, never retried; the SEGA ID, password and cookies are never logged and never
 * appear in a message.
 */
public final class SegaLoginClient implements NetLoginPort {

  private final NetClientSettings settings;
  private final SegaLoginSettings sites;
  private final Clock clock;
  private final NetClient.Sleeper sleeper;

  public SegaLoginClient(
      NetClientSettings settings, SegaLoginSettings sites, Clock clock, NetClient.Sleeper sleeper) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.sites = Objects.requireNonNull(sites, "sites");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
  }

  @Override
  public Result logIn(Region region, SegaCredentials credentials, CardChooser chooser) {
    Objects.requireNonNull(credentials, "credentials");
    Objects.requireNonNull(chooser, "chooser");
    LoginHttp http = new LoginHttp(settings, clock, sleeper); // fresh cookies for every login
    switch (region) {
      case INTL:
        return new GatewayLogin(http, sites).logIn(credentials);
      case JP:
        return new JpLogin(http, sites.jpBase()).logIn(credentials, chooser);
      default:
        throw ProbeException.invalid("CN NET signs in with WeChat, not with a SEGA ID");
    }
  }

  @Override
  public String toString() {
    return "SegaLoginClient[" + sites.intlBase().getHost() + ", " + sites.jpBase().getHost() + "]";
  }
}
