package dev.probe.web.javalin;

import dev.probe.web.ContractFixture;
import dev.probe.web.WebPagesContractTest;
import dev.probe.web.WebRequest;
import dev.probe.web.WebResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The pages' contract over real HTTP through Javalin. */
class JavalinPagesContractTest extends WebPagesContractTest {
  private static JavalinServer server;

  @BeforeAll
  static void start() {
    server =
        new JavalinServer(
                ContractFixture.application(),
                JavalinServer.Options.of(ContractFixture.MAX_UPLOAD + 1024 * 1024))
            .start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Override
  protected WebResponse send(WebRequest request) {
    return JavalinContractTest.send(server.port(), request);
  }
}
