package dev.probe.web;

import dev.probe.core.application.port.in.AddPlayerCommand;
import dev.probe.core.application.port.in.SetNetSessionCommand;
import dev.probe.core.domain.Player;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.ProbeException;
import dev.probe.core.domain.Region;
import dev.probe.core.domain.view.NetSessionStatus;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Settings: the players of this archive and each one's NET session. A session can be set or
 * forgotten, never shown back: only cookie names and when it was last used.
 */
final class SettingsPages extends Archive {
  /** The settings page. */
  record Settings(
      List<Player> players, Player player, NetSessionStatus session, ZoneOffset zone, boolean saved)
      implements PageModel {
    @Override
    public Object json() {
      return Map.of("players", players, "session", session == null ? Map.of() : session);
    }
  }

  SettingsPages(WebUseCases use, PlayerChoice choice) {
    super(use, choice);
  }

  void addTo(RouteTable table) {
    table.page("/settings", this::settings);
    table.add("POST", "/settings/session", Access.WRITE, this::setSession);
    table.add("POST", "/settings/session/forget", Access.WRITE, this::forgetSession);
    table.add("POST", "/settings/players", Access.WRITE, this::addPlayer);
  }

  private Reply settings(Call call) {
    List<Player> players = use.players().listPlayers();
    Player p = players.isEmpty() ? null : player(call);
    NetSessionStatus status = p == null ? null : use.netSession().sessionStatus(p.id());
    ZoneOffset zone = p == null ? ZoneOffset.UTC : p.region().zone();
    return Reply.view(
        "settings.jte",
        "nav.settings",
        new Settings(players, p, status, zone, call.query("saved").isPresent()));
  }

  private Reply setSession(Call call) {
    Form form = call.form();
    PlayerId id = new PlayerId(form.field("player").orElse(""));
    Map<String, String> cookies = new LinkedHashMap<>();
    for (String name : List.of("userId", "_t", "friendCodeList")) {
      form.field(name).filter(v -> !v.isBlank()).ifPresent(v -> cookies.put(name, v.strip()));
    }
    form.field("cookie").filter(v -> !v.isBlank()).ifPresent(v -> cookies.putAll(cookieHeader(v)));
    NetSessionStatus status = use.netSession().setSession(new SetNetSessionCommand(id, cookies));
    return call.isApi()
        ? Reply.json(200, status)
        : Reply.redirect("/settings?saved=1&player=" + id.value());
  }

  private Reply forgetSession(Call call) {
    PlayerId id = new PlayerId(call.form().field("player").orElse(""));
    use.netSession().forgetSession(id);
    return Reply.redirect("/settings?saved=1&player=" + id.value());
  }

  private Reply addPlayer(Call call) {
    Form form = call.form();
    Region region;
    try {
      region = Region.valueOf(form.field("region").orElse(""));
    } catch (IllegalArgumentException e) {
      throw ProbeException.invalid("region must be CN, INTL or JP");
    }
    Player p =
        use.players()
            .addPlayer(
                new AddPlayerCommand(
                    new PlayerId(form.field("id").orElse("")),
                    region,
                    form.field("name").orElse("")));
    return Reply.redirect("/settings?saved=1&player=" + p.id().value());
  }

  /** {@code userId=…; _t=…} as a browser's cookie header shows it. */
  static Map<String, String> cookieHeader(String header) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String part : header.split(";")) {
      int eq = part.indexOf('=');
      if (eq > 0) {
        out.put(part.substring(0, eq).strip(), part.substring(eq + 1).strip());
      }
    }
    if (out.isEmpty()) {
      throw ProbeException.invalid("paste cookies as name=value; name=value");
    }
    return out;
  }
}
