package dev.probe.web;

/** The contract against the application itself, without a delivery. */
class DirectContractTest extends WebContractTest {
  private final WebApplication app = ContractFixture.application();

  @Override
  protected WebResponse send(WebRequest request) {
    return app.handle(request);
  }
}
