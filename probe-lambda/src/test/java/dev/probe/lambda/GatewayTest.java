package dev.probe.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import dev.probe.core.domain.ProbeException;
import dev.probe.web.WebApplication;
import dev.probe.web.WebRequest;
import dev.probe.web.WebResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GatewayTest {
  private final List<WebRequest> seen = new ArrayList<>();

  private WebApplication answering(WebResponse response) {
    return request -> {
      seen.add(request);
      return response;
    };
  }

  @Test
  void aBodyThatIsNotBase64GetsA400AndNeverReachesTheApplication() {
    HttpApiHandler handler =
        new HttpApiHandler(answering(new WebResponse(200, Map.of(), new byte[0])), "");

    APIGatewayV2HTTPResponse out =
        handler.handleRequest(
            EventLoader.loadApiGatewayHttpEvent("events/http-api-invalid-base64.json"), null);

    assertThat(out.getStatusCode()).isEqualTo(400);
    assertThat(out.getBody()).contains("base64");
    assertThat(seen).isEmpty();
  }

  @Test
  void typedFailuresKeepTheirStatusAndUnexpectedOnesBecomeA500() {
    WebApplication notFound =
        request -> {
          throw ProbeException.notFound("no play t:1 in this archive");
        };
    WebApplication broken =
        request -> {
          throw new IllegalStateException("bug");
        };

    APIGatewayProxyResponseEvent missing =
        new RestApiHandler(notFound, "")
            .handleRequest(
                EventLoader.loadApiGatewayRestEvent("events/rest-api-stage-get.json"), null);
    APIGatewayProxyResponseEvent failed =
        new RestApiHandler(broken, "")
            .handleRequest(
                EventLoader.loadApiGatewayRestEvent("events/rest-api-stage-get.json"), null);

    assertThat(missing.getStatusCode()).isEqualTo(404);
    assertThat(missing.getBody()).contains("no play t:1");
    assertThat(failed.getStatusCode()).isEqualTo(500);
    assertThat(failed.getBody()).doesNotContain("bug");
  }

  @Test
  void bothHandlersHandTheApplicationTheSameRequestForTheSameCall() {
    WebApplication app = answering(new WebResponse(204, Map.of(), new byte[0]));
    new HttpApiHandler(app, "")
        .handleRequest(EventLoader.loadApiGatewayHttpEvent("events/http-api-stage-get.json"), null);
    new RestApiHandler(app, "")
        .handleRequest(EventLoader.loadApiGatewayRestEvent("events/rest-api-stage-get.json"), null);

    assertThat(seen).hasSize(2);
    assertThat(seen).extracting(WebRequest::path).containsOnly("/plays");
    assertThat(seen).extracting(WebRequest::method).containsOnly("GET");
    assertThat(seen.get(0).query().get("difficulty"))
        .isEqualTo(seen.get(1).query().get("difficulty"));
  }
}
