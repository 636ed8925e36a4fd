package dev.probe.web;

import dev.probe.core.domain.PlayerId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

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
    private Supplier<List<PlayerId>> players = List::of;

    private Builder(WebConfig config) {
      this.config = config;
    }

    public Builder players(Supplier<List<PlayerId>> source) {
      this.players = source;
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
      PlayerChoice choice = new PlayerChoice(players);
      RouteTable table = new RouteTable();
      Renderer renderer = new Renderer(assets, choice, config.publicReads());
      Pipeline pipeline = new Pipeline(config, table, renderer);
      new CoreRoutes(assets, pipeline.auth()).addTo(table);
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
