package dev.probe.web;

import dev.probe.core.application.port.in.LoginToNetUseCase;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Builds the web application: its route table, handlers on the core's use cases, templates and the
 * pipeline around them. A delivery adds its own routes (e.g. {@code POST /api/push}) with {@link
 * Builder#route}.
 */
public final class ProbeWeb {
  private ProbeWeb() {}

  public static Builder builder(WebConfig config) {
    return new Builder(config);
  }

  /** Collects what the application needs, then {@link #build()}s it. */
  public static final class Builder {
    private final WebConfig config;
    private final List<Extra> extraRoutes = new ArrayList<>();
    private WebUseCases useCases;
    private SyncSupport sync = SyncSupport.NONE;
    private LoginToNetUseCase netLogin;
    private WechatSignIn wechat;

    private Builder(WebConfig config) {
      this.config = config;
    }

    /** The core's query use cases behind the pages. */
    public Builder useCases(WebUseCases cases) {
      this.useCases = cases;
      return this;
    }

    /** Import of uploaded pages, and sync from NET where this deployment can reach NET. */
    public Builder sync(SyncSupport support) {
      this.sync = support;
      return this;
    }

    /** The SEGA ID login, where this deployment can reach NET (the local server). */
    public Builder netLogin(LoginToNetUseCase login) {
      this.netLogin = login;
      return this;
    }

    /** China's WeChat sign-in helper, where this deployment runs on the player's machine. */
    public Builder wechatSignIn(WechatSignIn helper) {
      this.wechat = helper;
      return this;
    }

    /**
     * Adds a route. GET routes are reads (private unless reads are public); every other method is a
     * write: owner's token, and the CSRF token when signed in by cookie.
     */
    public Builder route(String method, String path, WebHandler handler) {
      extraRoutes.add(new Extra(method.toUpperCase(Locale.ROOT), path, handler));
      return this;
    }

    public WebApplication build() {
      StaticAssets assets = new StaticAssets();
      java.util.Objects.requireNonNull(useCases, "useCases");
      PlayerChoice choice =
          new PlayerChoice(
              () -> useCases.players().listPlayers().stream().map(p -> p.id()).toList());
      RouteTable table = new RouteTable();
      Renderer renderer = new Renderer(assets, choice, config.publicReads());
      Pipeline pipeline = new Pipeline(config, table, renderer);
      new CoreRoutes(assets, pipeline.auth()).addTo(table);
      new DashboardPages(useCases, choice).addTo(table);
      new PlayPages(useCases, choice).addTo(table);
      new ChartPages(useCases, choice).addTo(table);
      new SettingsPages(useCases, choice).addTo(table);
      new SegaLoginPages(useCases, choice, netLogin).addTo(table);
      new WechatSignInPages(useCases, choice, wechat).addTo(table);
      new SyncPages(useCases, choice, sync, config).addTo(table);
      for (Extra r : extraRoutes) {
        table.add(
            r.method(),
            r.path(),
            r.method().equals("GET") ? Access.READ : Access.WRITE,
            call -> fromResponse(r.handler().handle(call.request())));
      }
      return pipeline;
    }
  }

  private record Extra(String method, String path, WebHandler handler) {}

  private static Reply fromResponse(WebResponse r) {
    Reply reply =
        Reply.bytes(
            r.status(),
            r.header("content-type").orElse("application/octet-stream"),
            r.body(),
            r.header("cache-control").orElse(""));
    for (var e : r.headers().entrySet()) {
      if (!e.getKey().equals("content-type")
          && !e.getKey().equals("cache-control")
          && !e.getValue().isEmpty()) {
        reply =
            e.getKey().equals("set-cookie")
                ? e.getValue().stream().reduce(reply, Reply::withCookie, (a, b) -> a)
                : reply.withHeader(e.getKey(), e.getValue().get(0));
      }
    }
    return reply;
  }
}
