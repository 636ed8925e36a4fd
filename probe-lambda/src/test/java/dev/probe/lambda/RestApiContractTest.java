package dev.probe.lambda;

import dev.probe.web.ContractFixture;
import dev.probe.web.WebContractTest;
import dev.probe.web.WebRequest;
import dev.probe.web.WebResponse;

/** The HTTP contract through a REST API stage (payload 1.0) and the RestApiHandler. */
class RestApiContractTest extends WebContractTest {
  private final RestApiHandler handler = new RestApiHandler(ContractFixture.application(), "");
  private final RestApiHandler httpsOnly =
      new RestApiHandler(ContractFixture.httpsOnlyApplication(), "");

  @Override
  protected WebResponse send(WebRequest request) {
    return ContractDelivery.restApi(handler, request);
  }

  @Override
  protected WebResponse sendHttpsOnly(WebRequest request) {
    return ContractDelivery.restApi(httpsOnly, request);
  }
}
