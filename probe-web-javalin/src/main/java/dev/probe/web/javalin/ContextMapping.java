package dev.probe.web.javalin;

import dev.probe.web.WebRequest;
import dev.probe.web.WebResponse;
import io.javalin.http.Context;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Javalin's {@link Context} to probe-web's request, and probe-web's response back: nothing more.
 */
final class ContextMapping {
  private ContextMapping() {}

  static WebRequest request(Context ctx) {
    HttpServletRequest req = ctx.req();
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (String name : Collections.list(req.getHeaderNames())) {
      headers.put(name, Collections.list(req.getHeaders(name)));
    }
    String method = ctx.method().name();
    boolean hasBody = !method.equals("GET") && !method.equals("HEAD");
    String path = ctx.path();
    return new WebRequest(
        method,
        path.isEmpty() ? "/" : path,
        ctx.queryParamMap(),
        headers,
        ctx.cookieMap(),
        hasBody ? ctx.bodyAsBytes() : new byte[0],
        ctx.scheme(),
        ctx.host(),
        "");
  }

  static void respond(WebResponse response, Context ctx) {
    ctx.status(response.status());
    response
        .headers()
        .forEach(
            (name, values) -> {
              if (name.equals("content-type") && !values.isEmpty()) {
                ctx.contentType(values.get(0)); // replaces Javalin's default, never adds a second
                return;
              }
              for (String v : values) {
                ctx.res().addHeader(name, v);
              }
            });
    ctx.result(response.body());
  }
}
