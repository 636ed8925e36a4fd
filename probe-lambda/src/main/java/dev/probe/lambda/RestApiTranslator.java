package dev.probe.lambda;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.probe.web.WebRequest;
import dev.probe.web.WebResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Translates REST API proxy-integration events (payload 1.0) into web requests and web responses
 * back. REST APIs give every value of repeated headers and query parameters in their {@code
 * multiValue…} maps, which win over the single-value ones.
 */
final class RestApiTranslator {
  private final String configuredBase;

  RestApiTranslator(String configuredBase) {
    this.configuredBase = MountedPath.normaliseBase(configuredBase);
  }

  WebRequest toWebRequest(APIGatewayProxyRequestEvent event) {
    APIGatewayProxyRequestEvent.ProxyRequestContext context = event.getRequestContext();
    MountedPath mounted = mount(event, context);
    Map<String, List<String>> headers = multi(event.getMultiValueHeaders(), event.getHeaders());
    Map<String, List<String>> query =
        multi(event.getMultiValueQueryStringParameters(), event.getQueryStringParameters());
    List<String> cookieHeaders = new ArrayList<>();
    headers.forEach(
        (name, values) -> {
          if (name.equalsIgnoreCase("cookie")) {
            cookieHeaders.addAll(values);
          }
        });
    String method = event.getHttpMethod() == null ? "GET" : event.getHttpMethod();
    return new WebRequest(
        method,
        mounted.path(),
        query,
        headers,
        Cookies.fromHeaders(cookieHeaders),
        Bodies.decode(event.getBody(), Boolean.TRUE.equals(event.getIsBase64Encoded())),
        ClientView.scheme(headers),
        ClientView.host(headers, context == null ? null : context.getDomainName()),
        mounted.basePath());
  }

  APIGatewayProxyResponseEvent toGatewayResponse(WebResponse response) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    response.headers().forEach((name, values) -> headers.put(name, List.copyOf(values)));
    Bodies.Encoded body = Bodies.encode(response);
    // Only multiValueHeaders: REST APIs merge both maps, which would repeat single-value headers.
    return new APIGatewayProxyResponseEvent()
        .withStatusCode(response.status())
        .withMultiValueHeaders(headers)
        .withBody(body.body())
        .withIsBase64Encoded(body.base64());
  }

  /**
   * The event's {@code path} lacks the stage; {@code requestContext.path} is what the client asked
   * for, so the stage is the base path when that starts with it.
   */
  private MountedPath mount(
      APIGatewayProxyRequestEvent event, APIGatewayProxyRequestEvent.ProxyRequestContext context) {
    String path = event.getPath();
    if (!configuredBase.isEmpty() || context == null || context.getPath() == null) {
      return MountedPath.split(path, configuredBase, "");
    }
    String stagePrefix = MountedPath.stagePrefix(context.getStage());
    MountedPath plain = MountedPath.split(path, "", "");
    String seen = context.getPath();
    boolean stageInFront =
        seen.equals(stagePrefix + plain.path())
            || (plain.path().equals("/") && seen.equals(stagePrefix));
    if (!stagePrefix.isEmpty() && stageInFront) {
      return new MountedPath(stagePrefix, plain.path());
    }
    return plain;
  }

  private static Map<String, List<String>> multi(
      Map<String, List<String>> multiValue, Map<String, String> single) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (multiValue != null && !multiValue.isEmpty()) {
      multiValue.forEach((k, v) -> out.put(k, v == null ? List.of() : List.copyOf(v)));
    } else if (single != null) {
      single.forEach((k, v) -> out.put(k, List.of(v == null ? "" : v)));
    }
    return out;
  }
}
