package dev.probe.scraper.login;

import dev.probe.core.application.port.in.ManageNetSessionUseCase;
import dev.probe.core.application.port.in.ManagePlayersUseCase;
import dev.probe.core.application.port.in.SetNetSessionCommand;
import dev.probe.core.application.port.out.FetchNetPagePort;
import dev.probe.core.application.port.out.PageParserPort;
import dev.probe.core.domain.NetSession;
import dev.probe.core.domain.Player;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.ProbeException;
import dev.probe.core.domain.ProbeException.Kind;
import dev.probe.core.domain.Region;
import dev.probe.core.domain.page.FriendCodePage;
import dev.probe.core.domain.page.NetPage;
import java.time.Clock;
import java.util.Map;

/**
 * Turns a captured callback into a stored session: redeem the code, check NET gave a session, ask
 * NET whose it is (the friend-code page, through the polite client) and store it for the player the
 * page chose. Nothing is stored unless every step worked.
 */
final class SignIn {

  /** Who signed in. */
  record Result(String name, String friendCode) {}

  private static final String WHO_AM_I = "friend/userFriendCode/";

  private final WechatLoginSettings settings;
  private final WahlapClient wahlap;
  private final FetchNetPagePort net;
  private final PageParserPort parser;
  private final ManagePlayersUseCase players;
  private final ManageNetSessionUseCase sessions;
  private final Clock clock;

  SignIn(
      WechatLoginSettings settings,
      WahlapClient wahlap,
      FetchNetPagePort net,
      PageParserPort parser,
      ManagePlayersUseCase players,
      ManageNetSessionUseCase sessions,
      Clock clock) {
    this.settings = settings;
    this.wahlap = wahlap;
    this.net = net;
    this.parser = parser;
    this.players = players;
    this.sessions = sessions;
    this.clock = clock;
  }

  /** One sign-in at a time: two phones at once would race for the same player. */
  synchronized Result complete(PlayerId playerId, String rawQuery) {
    Player player = players.findPlayer(playerId);
    if (player.region() != Region.CN) {
      throw ProbeException.invalid(
          "player '" + playerId + "' plays on NET " + player.region() + ", not China's WeChat NET");
    }
    Map<String, String> cookies = wahlap.redeem(rawQuery);
    for (String name : settings.requiredCookies()) {
      if (!cookies.containsKey(name)) {
        throw new ProbeException(
            Kind.SESSION_EXPIRED,
            "NET accepted the sign-in but set no '"
                + name
                + "' cookie. Open the sign-in link again; if it keeps happening, the login flow"
                + " changed (see docs/net-login.md).");
      }
    }
    FetchNetPagePort.Fetched fetched =
        net.fetch(new NetSession(playerId, Region.CN, cookies, clock.instant()), WHO_AM_I);
    NetPage page = parser.parse(fetched.page());
    if (!(page instanceof FriendCodePage who)) {
      throw ProbeException.unrecognised(
          "NET answered " + WHO_AM_I + " with a " + page.kind() + " page after the sign-in.");
    }
    if (!player.friendCode().isEmpty() && !player.friendCode().equals(who.friendCode())) {
      throw ProbeException.invalid(
          "this WeChat account is NET player '"
              + who.player().name()
              + "', not the player '"
              + playerId
              + "' of this archive (their friend codes differ); nothing was stored. Choose the"
              + " right player, or sign in with the other WeChat account.");
    }
    sessions.setSession(
        new SetNetSessionCommand(
            playerId, fetched.session().cookies(), who.player().name(), who.friendCode()));
    return new Result(who.player().name(), who.friendCode());
  }

  String consentLink() {
    return wahlap.consentLink();
  }
}
