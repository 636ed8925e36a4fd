package dev.probe.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Turns a handler's reply into status, headers and bytes: HTML from templates, or JSON. */
final class Renderer {
  static final String HTML = "text/html; charset=utf-8";
  static final String JSON = "application/json; charset=utf-8";

  private final TemplateEngine engine =
      TemplateEngine.createPrecompiled(null, ContentType.Html, null, "dev.probe.web");
  private final StaticAssets assets;
  private final PlayerChoice players;
  private final RenderedPages pages = new RenderedPages();

  private final boolean publicReads;

  Renderer(StaticAssets assets, PlayerChoice players, boolean publicReads) {
    this.assets = assets;
    this.players = players;
    this.publicReads = publicReads;
  }

  StaticAssets assets() {
    return assets;
  }

  WebResponse render(Reply reply, Call call) {
    Map<String, List<String>> headers = new HashMap<>();
    reply.headers().forEach((k, v) -> headers.put(k, List.of(v)));
    if (!reply.cookies().isEmpty()) {
      headers.put("set-cookie", new ArrayList<>(reply.cookies()));
    }
    headers.put(
        "cache-control",
        List.of(reply.cacheControl().isEmpty() ? Pipeline.NO_STORE : reply.cacheControl()));
    byte[] body;
    if (reply.isRedirect()) {
      String loc = reply.location();
      headers.put("location", List.of(loc.startsWith("http") ? loc : call.origin().absolute(loc)));
      body = new byte[0];
    } else if (reply.isBytes()) {
      headers.put("content-type", List.of(reply.contentType()));
      body = reply.bytes();
    } else if (call.isApi()
        || (reply.template().isEmpty() && !(reply.model() instanceof ErrorView))) {
      headers.put("content-type", List.of(JSON));
      Object model = reply.model() instanceof PageModel page ? page.json() : reply.model();
      body = Pipeline.utf8(Json.write(model));
    } else {
      headers.put("content-type", List.of(HTML));
      body = Pipeline.utf8(html(reply, call));
    }
    return new WebResponse(reply.status(), headers, body);
  }

  private String html(Reply reply, Call call) {
    String template = reply.template();
    String title = reply.title();
    if (reply.model() instanceof ErrorView e) {
      template = "error.jte";
      title = call.texts().get("error.title") + " " + e.status();
    }
    Frame frame = frame(call, title);
    if (reply.status() != 200) {
      return render(template, frame, reply.model());
    }
    String page = template;
    return pages.get(
        new Page(template, frame, reply.model()), () -> render(page, frame, reply.model()));
  }

  private String render(String template, Frame frame, Object model) {
    StringOutput out = new StringOutput(8192);
    engine.render(template, Map.of("frame", frame, "model", model), out);
    return out.toString();
  }

  Frame frame(Call call, String title) {
    List<String> ids = new ArrayList<>();
    String chosen = "";
    if (call.viewer().owner() || publicReads) {
      try {
        players.all().forEach(p -> ids.add(p.value()));
        chosen = players.choose(call.request()).map(p -> p.value()).orElse("");
      } catch (RuntimeException e) {
        chosen = ""; // an unknown ?player= is reported by the page itself
      }
    }
    String query = Pipeline.rawQuery(call.request()).replaceFirst("^\\?", "");
    query = query.replaceAll("(^|&)lang=[^&]*", "").replaceFirst("^&", "");
    return new Frame(
        call.texts(),
        call.origin(),
        assets,
        call.texts().get(title),
        call.path(),
        query,
        call.viewer().csrfToken(),
        call.viewer().owner(),
        ids,
        chosen);
  }
}
