package dev.probe.lambda;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import dev.probe.web.ContractFixture;
import dev.probe.web.WebRequest;
import dev.probe.web.WebResponse;

/**
 * Carries the contract's requests the way a deployment does: the client's request becomes the event
 * API Gateway sends for the contract's stage ({@code /release}), travels as JSON through the Lambda
 * runtime's serializer into the handler, and the handler's response travels back the same way to be
 * read as the client would.
 */
final class ContractDelivery {
  static final String STAGE = ContractFixture.BASE.substring(1);

  private ContractDelivery() {}

  static WebResponse httpApi(HttpApiHandler handler, WebRequest request) {
    APIGatewayV2HTTPEvent event =
        RuntimeJson.roundTrip(GatewayEvents.httpApi(request, STAGE), APIGatewayV2HTTPEvent.class);
    APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);
    return GatewayEvents.fromHttpApi(
        RuntimeJson.roundTrip(response, APIGatewayV2HTTPResponse.class));
  }

  static WebResponse restApi(RestApiHandler handler, WebRequest request) {
    APIGatewayProxyRequestEvent event =
        RuntimeJson.roundTrip(
            GatewayEvents.restApi(request, STAGE), APIGatewayProxyRequestEvent.class);
    APIGatewayProxyResponseEvent response = handler.handleRequest(event, null);
    return GatewayEvents.fromRestApi(
        RuntimeJson.roundTrip(response, APIGatewayProxyResponseEvent.class));
  }
}
