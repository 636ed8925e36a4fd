package dev.probe.web;

import dev.probe.core.domain.Player;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.ProbeException;
import dev.probe.core.domain.Region;
import java.util.List;
import java.util.Optional;

/**
 * {@code /settings/wechat}: signing in to China's NET through WeChat, step by step, with the proxy
 * address to type and a status that turns green when the session arrives ({@code
 * /api/settings/wechat}, polled by the page). Owner only, even when reads are public.
 */
final class WechatSignInPages extends Archive {

  /** The page; its JSON twin is the status alone. */
  record WechatPage(WechatSignIn.Status status, List<Player> players, String chosen)
      implements PageModel {
    @Override
    public Object json() {
      return status;
    }

    boolean available() {
      return status != null;
    }
  }

  private final Optional<WechatSignIn> signIn;

  WechatSignInPages(WebUseCases use, PlayerChoice choice, WechatSignIn signIn) {
    super(use, choice);
    this.signIn = Optional.ofNullable(signIn);
  }

  void addTo(RouteTable table) {
    table.add("GET", "/settings/wechat", Access.OWNER, this::page);
    table.add("GET", "/api/settings/wechat", Access.OWNER, this::page);
    table.add("POST", "/settings/wechat/start", Access.WRITE, this::start);
    table.add("POST", "/settings/wechat/stop", Access.WRITE, this::stop);
  }

  private Reply page(Call call) {
    List<Player> cn =
        use.players().listPlayers().stream().filter(p -> p.region() == Region.CN).toList();
    WechatSignIn.Status status = signIn.map(WechatSignIn::status).orElse(null);
    if (call.isApi() && status == null) {
      throw ProbeException.notFound(call.texts().get("wechat.unavailable"));
    }
    String chosen =
        status != null && !status.player().isEmpty()
            ? status.player()
            : call.query("player")
                .or(() -> choice.choose(call.request()).map(PlayerId::value))
                .orElse("");
    return Reply.view("wechat.jte", "wechat.title", new WechatPage(status, cn, chosen));
  }

  private Reply start(Call call) {
    WechatSignIn helper = require(call);
    Form form = call.form();
    PlayerId player = new PlayerId(form.field("player").orElse(""));
    if (use.players().findPlayer(player).region() != Region.CN) {
      throw ProbeException.invalid(call.texts().format("wechat.notCn", player.value()));
    }
    helper.start(form.field("listen").orElse("").strip(), player);
    return Reply.redirect("/settings/wechat");
  }

  private Reply stop(Call call) {
    require(call).stop();
    return Reply.redirect("/settings/wechat");
  }

  private WechatSignIn require(Call call) {
    return signIn.orElseThrow(
        () -> ProbeException.notFound(call.texts().get("wechat.unavailable")));
  }
}
