package dev.probe.lambda;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import dev.probe.web.WebRequest;
import dev.probe.web.WebResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Translates HTTP API (payload 2.0, also Lambda function URLs) events into web requests and web
 * responses back into what the gateway expects.
 */
final class HttpApiTranslator {
  private final String configuredBase;

  HttpApiTranslator(String configuredBase) {
    this.configuredBase = MountedPath.normaliseBase(configuredBase);
  }

  WebRequest toWebRequest(APIGatewayV2HTTPEvent event) {
    APIGatewayV2HTTPEvent.RequestContext context = event.getRequestContext();
    APIGatewayV2HTTPEvent.RequestContext.Http http = context == null ? null : context.getHttp();
    String method = http == null || http.getMethod() == null ? "GET" : http.getMethod();
    String stage = context == null ? null : context.getStage();
    MountedPath mounted =
        MountedPath.split(event.getRawPath(), configuredBase, MountedPath.stagePrefix(stage));

    Map<String, List<String>> headers = new LinkedHashMap<>();
    if (event.getHeaders() != null) {
      // 2.0 joins repeated headers with commas; they stay one value, as the client's list.
      event.getHeaders().forEach((name, value) -> headers.put(name, List.of(value)));
    }
    List<String> cookiePairs = event.getCookies() == null ? List.of() : event.getCookies();
    if (!cookiePairs.isEmpty()) {
      // 2.0 moves the Cookie header into the cookies array; give the application both views.
      headers.put("cookie", List.of(String.join("; ", cookiePairs)));
    }
    String domain = context == null ? null : context.getDomainName();
    return new WebRequest(
        method,
        mounted.path(),
        QueryStrings.parse(event.getRawQueryString()),
        headers,
        Cookies.fromPairs(cookiePairs),
        Bodies.decode(event.getBody(), event.getIsBase64Encoded()),
        ClientView.scheme(headers),
        ClientView.host(headers, domain),
        mounted.basePath());
  }

  APIGatewayV2HTTPResponse toGatewayResponse(WebResponse response) {
    Map<String, String> headers = new LinkedHashMap<>();
    List<String> cookies = new ArrayList<>();
    response
        .headers()
        .forEach(
            (name, values) -> {
              if (name.equalsIgnoreCase("set-cookie")) {
                cookies.addAll(values);
              } else if (!values.isEmpty()) {
                headers.put(name, String.join(", ", values));
              }
            });
    Bodies.Encoded body = Bodies.encode(response);
    return APIGatewayV2HTTPResponse.builder()
        .withStatusCode(response.status())
        .withHeaders(headers)
        .withCookies(cookies)
        .withBody(body.body())
        .withIsBase64Encoded(body.base64())
        .build();
  }
}
