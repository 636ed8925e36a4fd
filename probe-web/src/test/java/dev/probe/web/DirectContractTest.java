package dev.probe.web;

/** The contract against the application itself, without a delivery. */
class DirectContractTest extends WebContractTest {
  private final WebApplication app = ContractFixture.application();
  private final WebApplication httpsOnly = ContractFixture.httpsOnlyApplication();

  @Override
  protected WebResponse send(WebRequest request) {
    return app.handle(request);
  }

  @Override
  protected WebResponse sendHttpsOnly(WebRequest request) {
    return httpsOnly.handle(request);
  }
}
