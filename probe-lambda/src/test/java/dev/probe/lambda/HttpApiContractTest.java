package dev.probe.lambda;

import dev.probe.web.ContractFixture;
import dev.probe.web.WebContractTest;
import dev.probe.web.WebRequest;
import dev.probe.web.WebResponse;

/** The HTTP contract through an HTTP API stage (payload 2.0) and the HttpApiHandler. */
class HttpApiContractTest extends WebContractTest {
  private final HttpApiHandler handler = new HttpApiHandler(ContractFixture.application(), "");
  private final HttpApiHandler httpsOnly =
      new HttpApiHandler(ContractFixture.httpsOnlyApplication(), "");

  @Override
  protected WebResponse send(WebRequest request) {
    return ContractDelivery.httpApi(handler, request);
  }

  @Override
  protected WebResponse sendHttpsOnly(WebRequest request) {
    return ContractDelivery.httpApi(httpsOnly, request);
  }
}
