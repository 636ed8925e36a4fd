package dev.probe.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An HTTP request as both deliveries (Javalin, Lambda) hand it to the web application.
 *
 * @param method upper-case method
 * @param path the path below the base path, starting with {@code /} (e.g. {@code /plays/t:1})
 * @param query query parameters, each with every value given, in order
 * @param headers headers with lower-case names, each with every value given
 * @param cookies cookies sent by the client
 * @param body the raw body (already base64-decoded by the Lambda); empty when none
 * @param scheme {@code http} or {@code https} as the delivery saw it (forwarded headers are read by
 *     the web application)
 * @param host host (and port) as the delivery saw it
 * @param basePath the prefix the application is mounted under ({@code ""} or e.g. {@code /release})
 */
public record WebRequest(
    String method,
    String path,
    Map<String, List<String>> query,
    Map<String, List<String>> headers,
    Map<String, String> cookies,
    byte[] body,
    String scheme,
    String host,
    String basePath) {

  public WebRequest {
    method = method.toUpperCase(Locale.ROOT);
    query = copy(query, false);
    headers = copy(headers, true);
    cookies = Map.copyOf(cookies);
    body = body == null ? new byte[0] : body.clone();
    basePath = basePath == null ? "" : basePath;
  }

  @Override
  public byte[] body() {
    return body.clone();
  }

  /** The first value of a header (name in any case). */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** The first value of a query parameter. */
  public Optional<String> queryParam(String name) {
    List<String> values = query.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  private static Map<String, List<String>> copy(Map<String, List<String>> in, boolean lowerKeys) {
    Map<String, List<String>> out = new TreeMap<>();
    in.forEach(
        (k, v) ->
            out.merge(
                lowerKeys ? k.toLowerCase(Locale.ROOT) : k,
                List.copyOf(v),
                (a, b) -> {
                  List<String> all = new java.util.ArrayList<>(a);
                  all.addAll(b);
                  return List.copyOf(all);
                }));
    return java.util.Collections.unmodifiableMap(out);
  }
}
