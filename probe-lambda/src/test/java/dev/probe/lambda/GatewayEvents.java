package dev.probe.lambda;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import dev.probe.web.WebRequest;
import dev.probe.web.WebResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Plays API Gateway in tests: turns a client's request into the event the gateway would send for a
 * stage, and the function's response into what the client would receive.
 */
final class GatewayEvents {
  static final String DOMAIN = "abc123defg.execute-api.eu-west-1.amazonaws.com";

  private GatewayEvents() {}

  /** HTTP API, payload 2.0: the stage stays in {@code rawPath}, cookies move to their array. */
  static APIGatewayV2HTTPEvent httpApi(WebRequest request, String stage) {
    String rawPath = staged(request.path(), stage);
    Map<String, String> headers = new LinkedHashMap<>();
    request.headers().forEach((name, values) -> headers.put(name, String.join(",", values)));
    gatewayHeaders(headers, request);
    boolean text = isText(headers.getOrDefault("content-type", ""));
    byte[] body = request.body();
    return APIGatewayV2HTTPEvent.builder()
        .withVersion("2.0")
        .withRouteKey("$default")
        .withRawPath(rawPath)
        .withRawQueryString(rawQuery(request.query()))
        .withCookies(
            request.cookies().isEmpty()
                ? null
                : request.cookies().entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.toList()))
        .withHeaders(headers)
        .withBody(body.length == 0 ? null : encode(body, !text))
        .withIsBase64Encoded(body.length > 0 && !text)
        .withRequestContext(
            APIGatewayV2HTTPEvent.RequestContext.builder()
                .withStage(stage.isEmpty() ? "$default" : stage)
                .withDomainName(DOMAIN)
                .withDomainPrefix("abc123defg")
                .withApiId("abc123defg")
                .withRouteKey("$default")
                .withRequestId("req-1")
                .withHttp(
                    APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                        .withMethod(request.method())
                        .withPath(rawPath)
                        .withProtocol("HTTP/1.1")
                        .withSourceIp("203.0.113.7")
                        .build())
                .build())
        .build();
  }

  /** What a client receives from an HTTP API: one line per header, a line per cookie. */
  static WebResponse fromHttpApi(APIGatewayV2HTTPResponse response) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    if (response.getHeaders() != null) {
      response.getHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), List.of(v)));
    }
    if (response.getCookies() != null && !response.getCookies().isEmpty()) {
      headers.put("set-cookie", List.copyOf(response.getCookies()));
    }
    return new WebResponse(
        response.getStatusCode(),
        headers,
        decode(response.getBody(), response.getIsBase64Encoded()));
  }

  /**
   * REST API proxy integration, payload 1.0, with binary media type {@code *}{@code /*}: every body
   * arrives base64-encoded; {@code path} lacks the stage, {@code requestContext.path} has it.
   */
  static APIGatewayProxyRequestEvent restApi(WebRequest request, String stage) {
    String full = staged(request.path(), stage);
    String path = stage.isEmpty() ? full : full.substring(stage.length() + 1);
    Map<String, List<String>> multi = new LinkedHashMap<>(request.headers());
    if (!request.cookies().isEmpty()) {
      multi.put(
          "cookie",
          List.of(
              request.cookies().entrySet().stream()
                  .map(e -> e.getKey() + "=" + e.getValue())
                  .collect(Collectors.joining("; "))));
    }
    Map<String, String> single = new LinkedHashMap<>();
    multi.forEach((k, v) -> single.put(k, v.get(v.size() - 1)));
    gatewayHeaders(single, request);
    single.forEach((k, v) -> multi.putIfAbsent(k, List.of(v)));
    Map<String, List<String>> query = new LinkedHashMap<>(request.query());
    Map<String, String> singleQuery = new LinkedHashMap<>();
    query.forEach((k, v) -> singleQuery.put(k, v.get(v.size() - 1)));
    byte[] body = request.body();
    APIGatewayProxyRequestEvent.ProxyRequestContext context =
        new APIGatewayProxyRequestEvent.ProxyRequestContext()
            .withStage(stage.isEmpty() ? "$default" : stage)
            .withPath(full)
            .withDomainName(DOMAIN)
            .withHttpMethod(request.method())
            .withResourcePath("/{proxy+}")
            .withRequestId("req-1");
    return new APIGatewayProxyRequestEvent()
        .withVersion("1.0")
        .withResource("/{proxy+}")
        .withPath(path.isEmpty() ? "/" : path)
        .withHttpMethod(request.method())
        .withHeaders(single)
        .withMultiValueHeaders(multi)
        .withQueryStringParameters(singleQuery.isEmpty() ? null : singleQuery)
        .withMultiValueQueryStringParameters(query.isEmpty() ? null : query)
        .withRequestContext(context)
        .withBody(body.length == 0 ? null : encode(body, true))
        .withIsBase64Encoded(body.length > 0);
  }

  /** What a client receives from a REST API. */
  static WebResponse fromRestApi(APIGatewayProxyResponseEvent response) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    if (response.getHeaders() != null) {
      response.getHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), List.of(v)));
    }
    if (response.getMultiValueHeaders() != null) {
      response
          .getMultiValueHeaders()
          .forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
    }
    return new WebResponse(
        response.getStatusCode(),
        headers,
        decode(response.getBody(), Boolean.TRUE.equals(response.getIsBase64Encoded())));
  }

  /** Behind a stage every request carries it; a request that already does is left alone. */
  private static String staged(String path, String stage) {
    if (stage.isEmpty()) {
      return path;
    }
    String prefix = "/" + stage;
    return path.equals(prefix) || path.startsWith(prefix + "/") ? path : prefix + path;
  }

  private static void gatewayHeaders(Map<String, String> headers, WebRequest request) {
    headers.putIfAbsent("host", request.host().isEmpty() ? DOMAIN : request.host());
    headers.putIfAbsent("x-forwarded-proto", request.scheme());
    headers.putIfAbsent("x-forwarded-port", request.scheme().equals("https") ? "443" : "80");
    headers.putIfAbsent("x-forwarded-for", "203.0.113.7");
  }

  private static boolean isText(String contentType) {
    String type = contentType.toLowerCase(Locale.ROOT);
    return type.startsWith("text/")
        || type.startsWith("application/json")
        || type.startsWith("application/x-www-form-urlencoded")
        || type.startsWith("application/xml");
  }

  private static String rawQuery(Map<String, List<String>> query) {
    List<String> pairs = new ArrayList<>();
    query.forEach((k, values) -> values.forEach(v -> pairs.add(enc(k) + "=" + enc(v))));
    return String.join("&", pairs);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static String encode(byte[] body, boolean base64) {
    return base64
        ? Base64.getEncoder().encodeToString(body)
        : new String(body, StandardCharsets.UTF_8);
  }

  private static byte[] decode(String body, boolean base64) {
    if (body == null) {
      return new byte[0];
    }
    return base64 ? Base64.getDecoder().decode(body) : body.getBytes(StandardCharsets.UTF_8);
  }
}
