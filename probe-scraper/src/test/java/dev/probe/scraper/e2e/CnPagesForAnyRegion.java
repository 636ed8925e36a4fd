package dev.probe.scraper.e2e;

import dev.probe.core.application.port.out.FetchNetPagePort;
import dev.probe.core.domain.NetSession;
import dev.probe.core.domain.Region;

/**
 * The fake NET serves CN pages (times in UTC+8). A SEGA ID player is international or Japanese, so
 * this test adapter fetches for them as if from the CN site and hands the session back in the
 * player's own region: the cookies, redirects and expiry are the fake NET's, the pages parse as
 * what they are.
 */
final class CnPagesForAnyRegion implements FetchNetPagePort {

  private final FetchNetPagePort net;

  CnPagesForAnyRegion(FetchNetPagePort net) {
    this.net = net;
  }

  @Override
  public Fetched fetch(NetSession session, String path) {
    NetSession asCn =
        new NetSession(session.player(), Region.CN, session.cookies(), session.updatedAt());
    Fetched fetched = net.fetch(asCn, path);
    NetSession back =
        new NetSession(
            session.player(),
            session.region(),
            fetched.session().cookies(),
            fetched.session().updatedAt());
    return new Fetched(fetched.page(), back);
  }
}
