package dev.probe.web;

/** The pages' contract against the application itself. */
class DirectPagesContractTest extends WebPagesContractTest {
  private final WebApplication app = ContractFixture.application();

  @Override
  protected WebResponse send(WebRequest request) {
    return app.handle(request);
  }
}
