package dev.probe.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import dev.probe.web.WebApplication;

/**
 * The Lambda entry for an API Gateway HTTP API (payload 2.0) or a Lambda function URL: {@code
 * dev.probe.lambda.HttpApiHandler::handleRequest}. The runtime calls the no-argument constructor
 * once per execution environment; it wires probe from the environment variables.
 */
public final class HttpApiHandler
    implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
  private final HttpApiTranslator translator;
  private final Gateway gateway;

  public HttpApiHandler() {
    this(LambdaComposition.shared());
  }

  HttpApiHandler(LambdaComposition composition) {
    this.translator = new HttpApiTranslator(composition.config().basePath());
    this.gateway = new Gateway(composition.application(), composition.fuse()::reset);
  }

  HttpApiHandler(WebApplication application, String basePath) {
    this.translator = new HttpApiTranslator(basePath);
    this.gateway = new Gateway(application);
  }

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    return gateway.serve(event, translator::toWebRequest, translator::toGatewayResponse);
  }
}
