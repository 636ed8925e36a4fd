package dev.probe.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import dev.probe.web.WebApplication;
import dev.probe.web.WebRequest;
import dev.probe.web.WebResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A request through the gateway, the runtime's JSON and either handler reaches the application as
 * the client sent it, and the answer reaches the client as the application gave it.
 */
class GatewayRoundTripTest {
  private final List<WebRequest> seen = new ArrayList<>();
  private final byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, (byte) 0xff};
  private final WebApplication app =
      request -> {
        seen.add(request);
        return new WebResponse(
            201,
            Map.of(
                "content-type", List.of("image/png"),
                "set-cookie", List.of("a=1; Path=/release", "b=2; Path=/release"),
                "vary", List.of("Accept-Encoding")),
            png);
      };

  private WebRequest upload() {
    Map<String, List<String>> query = new LinkedHashMap<>();
    query.put("difficulty", List.of("MASTER", "REMASTER"));
    query.put("q", List.of("a b&c=d", "舞萌"));
    Map<String, List<String>> headers = new LinkedHashMap<>();
    headers.put("content-type", List.of("application/zip"));
    headers.put("authorization", List.of("Bearer t"));
    return new WebRequest(
        "POST",
        "/api/import",
        query,
        headers,
        Map.of("lang", "zh", "probe_session", "1.ab"),
        new byte[] {'P', 'K', 3, 4, 0, (byte) 0x80, (byte) 0xff},
        "https",
        "probe.example.org",
        "");
  }

  @Test
  void httpApiKeepsEveryPartOfTheRequestAndTheResponse() {
    HttpApiHandler handler = new HttpApiHandler(app, "");
    APIGatewayV2HTTPEvent event =
        RuntimeJson.roundTrip(
            GatewayEvents.httpApi(upload(), "release"), APIGatewayV2HTTPEvent.class);

    WebResponse answer =
        GatewayEvents.fromHttpApi(
            RuntimeJson.roundTrip(
                handler.handleRequest(event, null), APIGatewayV2HTTPResponse.class));

    assertSameRequest(seen.get(0));
    assertSameAnswer(answer);
  }

  @Test
  void restApiKeepsEveryPartOfTheRequestAndTheResponse() {
    RestApiHandler handler = new RestApiHandler(app, "");
    APIGatewayProxyRequestEvent event =
        RuntimeJson.roundTrip(
            GatewayEvents.restApi(upload(), "release"), APIGatewayProxyRequestEvent.class);

    WebResponse answer =
        GatewayEvents.fromRestApi(
            RuntimeJson.roundTrip(
                handler.handleRequest(event, null), APIGatewayProxyResponseEvent.class));

    assertSameRequest(seen.get(0));
    assertSameAnswer(answer);
  }

  private void assertSameRequest(WebRequest got) {
    WebRequest sent = upload();
    assertThat(got.method()).isEqualTo("POST");
    assertThat(got.basePath()).isEqualTo("/release");
    assertThat(got.path()).isEqualTo("/api/import");
    assertThat(got.query()).isEqualTo(sent.query());
    assertThat(got.cookies()).isEqualTo(sent.cookies());
    assertThat(got.body()).isEqualTo(sent.body());
    assertThat(got.header("authorization")).contains("Bearer t");
    assertThat(got.scheme()).isEqualTo("https");
    assertThat(got.host()).isEqualTo("probe.example.org");
  }

  private void assertSameAnswer(WebResponse answer) {
    assertThat(answer.status()).isEqualTo(201);
    assertThat(answer.body()).isEqualTo(png);
    assertThat(answer.headers().get("set-cookie"))
        .containsExactly("a=1; Path=/release", "b=2; Path=/release");
    assertThat(answer.header("content-type")).contains("image/png");
  }
}
