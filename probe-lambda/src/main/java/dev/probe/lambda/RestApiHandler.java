package dev.probe.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.probe.web.WebApplication;

/**
 * The Lambda entry for an API Gateway REST API with proxy integration (payload 1.0): {@code
 * dev.probe.lambda.RestApiHandler::handleRequest}. Give the API the binary media type {@code
 * *}{@code /*} so that uploads and compressed pages pass through as bytes.
 */
public final class RestApiHandler
    implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {
  private final RestApiTranslator translator;
  private final Gateway gateway;

  public RestApiHandler() {
    this(LambdaComposition.shared());
  }

  RestApiHandler(LambdaComposition composition) {
    this.translator = new RestApiTranslator(composition.config().basePath());
    this.gateway = new Gateway(composition.application(), composition.fuse()::reset);
  }

  RestApiHandler(WebApplication application, String basePath) {
    this.translator = new RestApiTranslator(basePath);
    this.gateway = new Gateway(application);
  }

  @Override
  public APIGatewayProxyResponseEvent handleRequest(
      APIGatewayProxyRequestEvent event, Context context) {
    return gateway.serve(event, translator::toWebRequest, translator::toGatewayResponse);
  }
}
