package dev.probe.web;

import dev.probe.core.domain.ProbeException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The web application: base path and forwarded origin, https redirect, routing, the owner's token
 * and CSRF, the handler, error mapping, rendering, security and cache headers, compression. Both
 * deliveries call {@link #handle} and copy the answer as it is.
 */
final class Pipeline implements WebApplication {
  private static final System.Logger LOG = System.getLogger(Pipeline.class.getName());
  static final String NO_STORE = "private, no-store";

  private final WebConfig config;
  private final RouteTable routes;
  private final OwnerAuth auth;
  private final Compression compression;
  private final CompressedBodies compressed = new CompressedBodies();
  private final Renderer renderer;

  Pipeline(WebConfig config, RouteTable routes, Renderer renderer) {
    this.config = config;
    this.routes = routes;
    this.auth = new OwnerAuth(config.ownerToken(), config.clock());
    this.compression = new Compression(config.compressors());
    this.renderer = renderer;
  }

  OwnerAuth auth() {
    return auth;
  }

  @Override
  public WebResponse handle(WebRequest request) {
    Origin origin = Origin.of(request, config);
    Texts texts = Texts.choose(request);
    String path = appPath(request.path(), origin.basePath());
    Call[] call = {new Call(request, path, Map.of(), origin, texts, Viewer.ANONYMOUS)};
    Access[] access = {Access.OPEN};
    Reply reply;
    try {
      reply = dispatch(request, path, origin, texts, call, access);
    } catch (ProbeException e) {
      reply = failure(StatusMapping.status(e.kind()), e.kind().name(), e.getMessage());
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.ERROR, "request failed: " + request.method() + " " + path, e);
      reply = failure(500, "INTERNAL", texts.get("error.internal"));
    }
    WebResponse response = renderer.render(reply, call[0]);
    return finish(response, reply, request, origin, access[0] == Access.READ);
  }

  /**
   * Routes and guards the request; {@code call[0]} is the call as far as it got, {@code access[0]}
   * the matched route's access.
   */
  private Reply dispatch(
      WebRequest request, String path, Origin origin, Texts texts, Call[] call, Access[] access) {
    if (config.redirectHttps() && !origin.isHttps()) {
      String url = "https://" + origin.host() + origin.link(path) + rawQuery(request);
      return Reply.redirect(url).withStatus(308);
    }
    if (request.body().length > config.maxUploadBytes()) {
      throw new ProbeException(
          ProbeException.Kind.TOO_LARGE,
          texts.format("error.tooLarge", humanBytes(config.maxUploadBytes())));
    }
    RouteTable.Match match = routes.match(request.method(), path);
    if (!match.found()) {
      if (!match.allowed().isEmpty()) {
        return failure(405, "METHOD_NOT_ALLOWED", texts.get("error.method"))
            .withHeader("allow", String.join(", ", match.allowed()));
      }
      throw ProbeException.notFound(texts.format("error.notFound", path));
    }
    access[0] = match.route().access();
    Viewer viewer = auth.identify(request);
    call[0] = new Call(request, path, match.params(), origin, texts, viewer);
    Reply denied = guard(match.route().access(), call[0]);
    return denied != null ? denied : match.route().handler().handle(call[0]);
  }

  /** null when the call may proceed, else the refusal. */
  private Reply guard(Access access, Call call) {
    Viewer v = call.viewer();
    Texts t = call.texts();
    if (v.wrongToken()) {
      return failure(403, "FORBIDDEN", t.get("error.wrongToken"));
    }
    if (access == Access.OPEN
        || (access == Access.READ && (v.owner() || config.publicReads()))
        || (access == Access.OWNER && v.owner())) {
      return null;
    }
    if (!v.owner()) {
      if ((access == Access.READ || access == Access.OWNER) && !call.isApi()) {
        return Reply.redirect("/login?next=" + Urls.encode(call.path() + rawQuery(call.request())));
      }
      return failure(401, "UNAUTHORISED", t.get("error.noToken"))
          .withHeader("www-authenticate", "Bearer realm=\"probe\"");
    }
    if (access == Access.WRITE && v.byCookie()) {
      String sent =
          call.request()
              .header(OwnerAuth.CSRF_HEADER)
              .orElseGet(() -> call.form().field(OwnerAuth.CSRF_FIELD).orElse(null));
      boolean sameOrigin =
          call.request()
              .header("origin")
              .map(o -> o.equals(call.origin().scheme() + "://" + call.origin().host()))
              .orElse(true);
      if (!sameOrigin || !auth.csrfValid(v, sent)) {
        return failure(403, "FORBIDDEN", t.get("error.csrf"));
      }
    }
    return null;
  }

  static Reply failure(int status, String kind, String message) {
    return Reply.json(status, new ErrorView(status, kind, message));
  }

  /** Adds shared headers, answers 304 for an unchanged entity, compresses. */
  private WebResponse finish(
      WebResponse response, Reply reply, WebRequest request, Origin origin, boolean read) {
    Map<String, List<String>> headers = new HashMap<>(response.headers());
    SecurityHeaders.add(headers, origin.isHttps());
    List<String> cookies = new ArrayList<>(headers.getOrDefault("set-cookie", List.of()));
    request
        .queryParam("lang")
        .filter(l -> l.equals("zh") || l.equals("en"))
        .ifPresent(l -> cookies.add(prefCookie(Texts.COOKIE, l, origin)));
    if (response.status() < 400) {
      request
          .queryParam("player")
          .filter(p -> p.matches("[a-z0-9][a-z0-9_-]{0,31}"))
          .ifPresent(p -> cookies.add(prefCookie(PlayerChoice.COOKIE, p, origin)));
    }
    if (!cookies.isEmpty()) {
      headers.put("set-cookie", List.copyOf(cookies));
    }
    byte[] body = response.body();
    int status = response.status();
    if (read && status == 200 && !headers.containsKey("etag")) {
      tagPage(headers, body);
    }
    if (PageTags.matches(request.header("if-none-match").orElse(null), first(headers, "etag"))) {
      return new WebResponse(304, headers, new byte[0]);
    }
    String type = first(headers, "content-type");
    if (body.length >= Compression.MIN_SIZE
        && type != null
        && Compression.compressible(type)
        && !headers.containsKey("content-encoding")) {
      headers.put("vary", List.of("Accept-Encoding"));
      var chosen = compression.choose(request.header("accept-encoding").orElse(""));
      if (chosen.isPresent()) {
        BodyCompressor c = chosen.get();
        byte[] plain = body;
        body =
            reply.asset() != null
                ? renderer.assets().compressedBy(reply.asset(), c)
                : compressed.get(first(headers, "etag"), c, plain, () -> c.compress(plain));
        headers.put("content-encoding", List.of(c.encoding()));
      }
    }
    if (request.method().equals("HEAD")) {
      body = new byte[0];
    }
    return new WebResponse(status, headers, body);
  }

  /** A read page made per request gets a tag from its bytes, so an unchanged one costs no body. */
  private static void tagPage(Map<String, List<String>> headers, byte[] body) {
    if (NO_STORE.equals(first(headers, "cache-control"))) {
      headers.put("etag", List.of(PageTags.of(body)));
      headers.put("cache-control", List.of(PageTags.REVALIDATE));
    }
  }

  static String prefCookie(String name, String value, Origin origin) {
    return name
        + "="
        + value
        + "; Path="
        + (origin.basePath().isEmpty() ? "/" : origin.basePath())
        + "; Max-Age=31536000; SameSite=Lax"
        + (origin.isHttps() ? "; Secure" : "");
  }

  private static String first(Map<String, List<String>> headers, String name) {
    List<String> v = headers.get(name);
    return v == null || v.isEmpty() ? null : v.get(0);
  }

  /** The path below the base path: a request may arrive with or without the prefix. */
  static String appPath(String path, String base) {
    String p = path == null || path.isEmpty() ? "/" : path;
    if (!base.isEmpty() && (p.equals(base) || p.startsWith(base + "/"))) {
      p = p.substring(base.length());
    }
    return p.isEmpty() ? "/" : p;
  }

  /** The query string as sent ({@code ?a=b&c=d}), rebuilt from the parsed parameters. */
  static String rawQuery(WebRequest request) {
    StringBuilder q = new StringBuilder();
    request
        .query()
        .forEach(
            (k, values) -> {
              for (String v : values) {
                q.append(q.length() == 0 ? "?" : "&")
                    .append(Urls.encode(k))
                    .append('=')
                    .append(Urls.encode(v));
              }
            });
    return q.toString();
  }

  static String humanBytes(long n) {
    if (n >= 1024 * 1024 && n % (1024 * 1024) == 0) {
      return n / (1024 * 1024) + " MiB";
    }
    return n >= 1024 ? (n / 1024) + " KiB" : n + " bytes";
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
