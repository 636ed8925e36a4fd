package dev.probe.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import dev.probe.web.WebRequest;
import dev.probe.web.WebResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RestApiTranslatorTest {
  private final RestApiTranslator translator = new RestApiTranslator("");

  @Test
  void theStageSeenByTheClientIsTheBasePath() {
    WebRequest request =
        translator.toWebRequest(
            EventLoader.loadApiGatewayRestEvent("events/rest-api-stage-get.json"));

    assertThat(request.method()).isEqualTo("GET");
    assertThat(request.basePath()).isEqualTo("/prod");
    assertThat(request.path()).isEqualTo("/plays");
    assertThat(request.query().get("difficulty")).containsExactly("MASTER", "REMASTER");
    assertThat(request.queryParam("page")).contains("3");
    assertThat(request.cookies())
        .containsExactlyInAnyOrderEntriesOf(Map.of("lang", "en", "probe_session", "q1w2e3"));
    assertThat(request.header("accept-encoding")).contains("gzip, deflate, br");
    assertThat(request.scheme()).isEqualTo("https");
    assertThat(request.host()).isEqualTo("xyz789abcd.execute-api.eu-west-1.amazonaws.com");
  }

  @Test
  void theStageRootMapsToTheApplicationRoot() {
    APIGatewayProxyRequestEvent event =
        EventLoader.loadApiGatewayRestEvent("events/rest-api-stage-get.json");
    event.setPath("/");
    event.getRequestContext().setPath("/prod/");

    WebRequest request = translator.toWebRequest(event);

    assertThat(request.basePath()).isEqualTo("/prod");
    assertThat(request.path()).isEqualTo("/");
  }

  @Test
  void aCustomDomainMappingIsStrippedAndEveryCookieHeaderIsRead() {
    RestApiTranslator mapped = new RestApiTranslator("probe");

    WebRequest request =
        mapped.toWebRequest(
            EventLoader.loadApiGatewayRestEvent("events/rest-api-post-base64.json"));

    assertThat(request.basePath()).isEqualTo("/probe");
    assertThat(request.path()).isEqualTo("/api/import");
    assertThat(request.query()).isEmpty();
    assertThat(request.body()).containsExactly(0, 1, 2, 0xff);
    assertThat(request.cookies()).containsExactlyInAnyOrderEntriesOf(Map.of("a", "1", "b", "2"));
    assertThat(request.host()).isEqualTo("scores.example.org");
  }

  @Test
  void singleValueMapsAreUsedWhenTheMultiValueOnesAreMissing() {
    APIGatewayProxyRequestEvent event =
        EventLoader.loadApiGatewayRestEvent("events/rest-api-stage-get.json");
    event.setMultiValueHeaders(null);
    event.setMultiValueQueryStringParameters(null);

    WebRequest request = translator.toWebRequest(event);

    assertThat(request.query().get("difficulty")).containsExactly("REMASTER");
    assertThat(request.cookies()).containsEntry("lang", "en");
  }

  @Test
  void everySetCookieIsKeptInMultiValueHeaders() {
    WebResponse response =
        new WebResponse(
            303,
            Map.of(
                "location", List.of("https://h.example/prod/"),
                "set-cookie", List.of("a=1; Path=/prod", "b=2; Path=/prod")),
            new byte[0]);

    APIGatewayProxyResponseEvent out = translator.toGatewayResponse(response);

    assertThat(out.getStatusCode()).isEqualTo(303);
    assertThat(out.getMultiValueHeaders().get("set-cookie"))
        .containsExactly("a=1; Path=/prod", "b=2; Path=/prod");
    assertThat(out.getHeaders()).isNull();
    assertThat(out.getBody()).isEmpty();
    assertThat(out.getIsBase64Encoded()).isFalse();
  }

  @Test
  void jsonIsTextAndGzipIsBase64() throws IOException {
    byte[] gzipped = HttpApiTranslatorTest.gzip("{\"plays\":[]}");
    APIGatewayProxyResponseEvent json =
        translator.toGatewayResponse(
            new WebResponse(
                200,
                Map.of("content-type", List.of("application/json")),
                "{\"name\":\"みなと\"}".getBytes(StandardCharsets.UTF_8)));
    APIGatewayProxyResponseEvent gz =
        translator.toGatewayResponse(
            new WebResponse(
                200,
                Map.of(
                    "content-type", List.of("application/json"),
                    "content-encoding", List.of("gzip")),
                gzipped));

    assertThat(json.getIsBase64Encoded()).isFalse();
    assertThat(json.getBody()).isEqualTo("{\"name\":\"みなと\"}");
    assertThat(gz.getIsBase64Encoded()).isTrue();
    assertThat(Base64.getDecoder().decode(gz.getBody())).isEqualTo(gzipped);
  }
}
