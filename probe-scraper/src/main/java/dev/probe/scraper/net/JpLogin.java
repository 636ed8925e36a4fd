package dev.probe.scraper.net;

import dev.probe.core.application.port.out.NetLoginPort.Outcome;
import dev.probe.core.application.port.out.NetLoginPort.Result;
import dev.probe.core.domain.AimeCard;
import dev.probe.core.domain.CardChooser;
import dev.probe.core.domain.ProbeException;
import dev.probe.core.domain.SegaCredentials;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Japanese NET's own login form (MAIMAI-NET-PAGES §2.3): the front page carries a {@code token}
 * (also set as the {@code _t} cookie); {@code submit/} takes {@code segaId}, {@code password},
 * {@code save_cookie} and that token and redirects to {@code aimeList/} on success (anywhere else
 * means refused); the card list submits {@code aimeList/submit/?idx=N}, which leads to {@code
 * home/}.
 */
final class JpLogin {

  private final LoginHttp http;
  private final URI base;

  JpLogin(LoginHttp http, URI base) {
    this.http = http;
    this.base = base;
  }

  Result logIn(SegaCredentials credentials, CardChooser chooser) {
    LoginHttp.Answer front = http.get(base, null, "login page");
    String token =
        LoginPages.field(front.body(), "token")
            .filter(t -> !t.isBlank())
            .or(() -> java.util.Optional.ofNullable(http.cookies(base).get("_t")))
            .orElseThrow(
                () ->
                    ProbeException.unrecognised(
                        "JP NET's login page carries no form token; the login flow may have"
                            + " changed (see docs/net-login.md)"));
    Map<String, String> form = new LinkedHashMap<>();
    form.put("segaId", credentials.segaId());
    form.put("password", credentials.password());
    form.put("save_cookie", "on");
    form.put("token", token);
    LoginHttp.Answer submitted = http.post(base.resolve("submit/"), form, base, "login form");
    URI cardList = base.resolve("aimeList/");
    if (!submitted.redirect() || !samePath(submitted.target(), cardList)) {
      return Result.refused(Outcome.WRONG_CREDENTIALS); // the form again, or an error page
    }
    LoginHttp.Answer list = http.get(cardList, base, "Aime card list");
    if (list.redirect()) {
      throw ProbeException.unrecognised(
          "JP NET did not show the Aime card list after the login; try again later");
    }
    List<AimeCard> cards = LoginPages.cards(list.body());
    int card = pick(cards, chooser);
    if (card == CardChooser.NONE) {
      return Result.chooseCard(cards);
    }
    URI choice = base.resolve("aimeList/submit/?idx=" + card);
    return new NetArrival(http, base).follow(choice, cardList, card);
  }

  /** The only card without asking; several are the chooser's to pick; none found: the first. */
  private static int pick(List<AimeCard> cards, CardChooser chooser) {
    if (cards.isEmpty()) {
      return 0; // every known client submits idx=0 for a single card
    }
    if (cards.size() == 1) {
      return cards.get(0).index();
    }
    int chosen = chooser.choose(cards);
    if (chosen != CardChooser.NONE && cards.stream().noneMatch(c -> c.index() == chosen)) {
      throw ProbeException.invalid(
          "there is no Aime card "
              + chosen
              + " on this SEGA ID; the cards are "
              + cards.stream().map(c -> c.index() + " (" + c.playerName() + ")").toList());
    }
    return chosen;
  }

  private static boolean samePath(URI a, URI b) {
    return String.valueOf(a.getHost()).equalsIgnoreCase(b.getHost())
        && a.getPort() == b.getPort()
        && String.valueOf(a.getPath()).equals(b.getPath());
  }
}
