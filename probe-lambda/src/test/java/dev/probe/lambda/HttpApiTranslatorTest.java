package dev.probe.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import dev.probe.core.domain.ProbeException;
import dev.probe.web.WebRequest;
import dev.probe.web.WebResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class HttpApiTranslatorTest {
  private final HttpApiTranslator translator = new HttpApiTranslator("");

  @Test
  void namedStageIsTheBasePathAndEveryQueryValueSurvives() {
    WebRequest request =
        translator.toWebRequest(
            EventLoader.loadApiGatewayHttpEvent("events/http-api-stage-get.json"));

    assertThat(request.method()).isEqualTo("GET");
    assertThat(request.basePath()).isEqualTo("/release");
    assertThat(request.path()).isEqualTo("/plays");
    assertThat(request.query().get("difficulty")).containsExactly("MASTER", "REMASTER");
    assertThat(request.query().get("q")).containsExactly("\u3000 link");
    assertThat(request.queryParam("page")).contains("2");
    assertThat(request.cookies())
        .containsExactlyInAnyOrderEntriesOf(Map.of("lang", "zh", "probe_session", "abc123"));
    assertThat(request.header("cookie")).contains("lang=zh; probe_session=abc123");
    assertThat(request.header("Accept-Language")).contains("zh-CN,zh;q=0.9,en;q=0.8");
    assertThat(request.scheme()).isEqualTo("https");
    assertThat(request.host()).isEqualTo("abc123defg.execute-api.ap-northeast-1.amazonaws.com");
    assertThat(request.body()).isEmpty();
  }

  @Test
  void defaultStageHasNoBasePathAndBase64BodiesAreDecoded() {
    WebRequest request =
        translator.toWebRequest(
            EventLoader.loadApiGatewayHttpEvent("events/http-api-default-post-base64.json"));

    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.basePath()).isEmpty();
    assertThat(request.path()).isEqualTo("/api/import");
    assertThat(request.query()).isEmpty();
    assertThat(request.body()).containsExactly(0x50, 0x4b, 3, 4, 0, 1, 2, 0xff);
    assertThat(request.host()).isEqualTo("probe.example.org");
  }

  @Test
  void aConfiguredMappingWinsOverTheStage() {
    HttpApiTranslator mapped = new HttpApiTranslator("/scores/");
    APIGatewayV2HTTPEvent event =
        EventLoader.loadApiGatewayHttpEvent("events/http-api-stage-get.json");
    event.setRawPath("/scores/plays");

    WebRequest request = mapped.toWebRequest(event);

    assertThat(request.basePath()).isEqualTo("/scores");
    assertThat(request.path()).isEqualTo("/plays");
  }

  @Test
  void functionUrlsAreServedAtTheRootOfTheirDomain() {
    WebRequest request =
        translator.toWebRequest(
            EventLoader.loadApiGatewayHttpEvent("events/function-url-get.json"));

    assertThat(request.basePath()).isEmpty();
    assertThat(request.path()).isEqualTo("/");
    assertThat(request.cookies()).isEmpty();
    assertThat(request.host())
        .isEqualTo("n3xdrl4ouqaf3ytjzuqpnpkkxe0uzpxm.lambda-url.ap-northeast-1.on.aws");
  }

  @Test
  void theDomainNameStandsInForAMissingHostHeader() {
    APIGatewayV2HTTPEvent event =
        EventLoader.loadApiGatewayHttpEvent("events/function-url-get.json");
    event.getHeaders().remove("host");
    event.getHeaders().remove("x-forwarded-proto");
    event.getRequestContext().setDomainName("probe.example.net");

    WebRequest request = translator.toWebRequest(event);

    assertThat(request.host()).isEqualTo("probe.example.net");
    assertThat(request.scheme()).isEqualTo("https");
  }

  @Test
  void invalidBase64IsRejectedAsInvalidInput() {
    APIGatewayV2HTTPEvent event =
        EventLoader.loadApiGatewayHttpEvent("events/http-api-invalid-base64.json");

    assertThatThrownBy(() -> translator.toWebRequest(event))
        .isInstanceOfSatisfying(
            ProbeException.class,
            e -> assertThat(e.kind()).isEqualTo(ProbeException.Kind.INVALID_INPUT))
        .hasMessageContaining("base64");
  }

  @Test
  void htmlGoesAsTextAndSetCookieGoesIntoTheCookiesList() {
    WebResponse response =
        new WebResponse(
            200,
            Map.of(
                "content-type", List.of("text/html; charset=utf-8"),
                "set-cookie", List.of("lang=zh; Path=/release; HttpOnly", "csrf=x1; Path=/release"),
                "vary", List.of("Accept-Encoding", "Accept-Language")),
            "<p>舞萌</p>".getBytes(StandardCharsets.UTF_8));

    APIGatewayV2HTTPResponse out = translator.toGatewayResponse(response);

    assertThat(out.getStatusCode()).isEqualTo(200);
    assertThat(out.getIsBase64Encoded()).isFalse();
    assertThat(out.getBody()).isEqualTo("<p>舞萌</p>");
    assertThat(out.getCookies())
        .containsExactly("lang=zh; Path=/release; HttpOnly", "csrf=x1; Path=/release");
    assertThat(out.getHeaders()).doesNotContainKey("set-cookie");
    assertThat(out.getHeaders()).containsEntry("vary", "Accept-Encoding, Accept-Language");
  }

  @Test
  void compressedAndBinaryBodiesGoAsBase64() throws IOException {
    byte[] gzipped = gzip("<html>" + "x".repeat(5000) + "</html>");
    WebResponse compressed =
        new WebResponse(
            200,
            Map.of(
                "content-type", List.of("text/html; charset=utf-8"),
                "content-encoding", List.of("gzip")),
            gzipped);
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};
    WebResponse image = new WebResponse(200, Map.of("content-type", List.of("image/png")), png);

    APIGatewayV2HTTPResponse gz = translator.toGatewayResponse(compressed);
    APIGatewayV2HTTPResponse img = translator.toGatewayResponse(image);

    assertThat(gz.getIsBase64Encoded()).isTrue();
    assertThat(Base64.getDecoder().decode(gz.getBody())).isEqualTo(gzipped);
    assertThat(gz.getHeaders()).containsEntry("content-encoding", "gzip");
    assertThat(img.getIsBase64Encoded()).isTrue();
    assertThat(Base64.getDecoder().decode(img.getBody())).isEqualTo(png);
  }

  static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }
}
