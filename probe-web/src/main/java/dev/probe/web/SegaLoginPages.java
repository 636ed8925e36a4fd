package dev.probe.web;

import dev.probe.core.application.port.in.LoginToNetCommand;
import dev.probe.core.application.port.in.LoginToNetUseCase;
import dev.probe.core.application.port.in.NetLoginOutcome;
import dev.probe.core.domain.AimeCard;
import dev.probe.core.domain.CardChooser;
import dev.probe.core.domain.Player;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.ProbeException;
import dev.probe.core.domain.Region;
import dev.probe.core.domain.SegaCredentials;
import dev.probe.core.domain.view.NetSessionStatus;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * The SEGA ID login of international and Japanese players: a form that logs in to NET from this
 * machine and stores the session. The password is posted once, never shown back, and kept only when
 * the player ticks "remember"; with several Aime cards the page lists them and asks again.
 */
final class SegaLoginPages extends Archive {

  /** The login page: the form, and the cards to choose from after a first attempt. */
  record SegaLogin(
      Player player,
      NetSessionStatus session,
      boolean available,
      List<AimeCard> cards,
      ZoneOffset zone)
      implements PageModel {
    @Override
    public Object json() {
      return Map.of("session", session, "available", available, "cardsToChoose", cards);
    }

    boolean segaRegion() {
      return player.region() != Region.CN;
    }
  }

  private final LoginToNetUseCase login;

  SegaLoginPages(WebUseCases use, PlayerChoice choice, LoginToNetUseCase login) {
    super(use, choice);
    this.login = login;
  }

  void addTo(RouteTable table) {
    table.page("/settings/login", this::page);
    table.add("POST", "/settings/session/login", Access.WRITE, this::logIn);
    table.add("POST", "/api/settings/session/login", Access.WRITE, this::logIn);
  }

  private Reply page(Call call) {
    Player p = player(call);
    return view(p, List.of());
  }

  private Reply logIn(Call call) {
    if (login == null) {
      throw new ProbeException(
          ProbeException.Kind.CONFLICT,
          "this deployment cannot reach NET: log in with `probe session login` on your own"
              + " machine");
    }
    Form form = call.form();
    Player p = use.players().findPlayer(new PlayerId(form.field("player").orElse("")));
    SegaCredentials credentials =
        new SegaCredentials(form.field("segaId").orElse(""), form.field("password").orElse(""));
    boolean remember = form.field("remember").filter(v -> !v.isBlank()).isPresent();
    CardChooser chooser =
        form.field("card")
            .filter(v -> !v.isBlank())
            .map(SegaLoginPages::card)
            .map(CardChooser::fixed)
            .orElse(CardChooser.none());
    NetLoginOutcome outcome =
        login.logIn(new LoginToNetCommand(p.id(), credentials, remember), chooser);
    if (call.isApi()) {
      return Reply.json(200, outcome);
    }
    if (outcome.needsCard()) {
      return view(p, outcome.cardsToChoose());
    }
    return Reply.redirect("/settings?saved=1&player=" + p.id().value());
  }

  private Reply view(Player p, List<AimeCard> cards) {
    return Reply.view(
        "segalogin.jte",
        "settings.login",
        new SegaLogin(
            p, use.netSession().sessionStatus(p.id()), login != null, cards, p.region().zone()));
  }

  private static int card(String value) {
    try {
      int index = Integer.parseInt(value.strip());
      if (index >= 0) {
        return index;
      }
    } catch (NumberFormatException e) {
      // fall through to the message
    }
    throw ProbeException.invalid("the Aime card must be one of the numbers listed");
  }
}
