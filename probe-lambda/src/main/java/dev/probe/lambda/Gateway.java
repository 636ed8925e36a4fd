package dev.probe.lambda;

import dev.probe.core.domain.ProbeException;
import dev.probe.web.WebApplication;
import dev.probe.web.WebRequest;
import dev.probe.web.WebResponse;
import java.util.function.Function;

/**
 * Runs one event through the web application: translate in, handle, translate out, and never let an
 * exception reach the Lambda runtime (it would answer a bare 502 with no message).
 */
final class Gateway {
  private final WebApplication application;

  Gateway(WebApplication application) {
    this.application = application;
  }

  <E, R> R serve(E event, Function<E, WebRequest> in, Function<WebResponse, R> out) {
    WebResponse response;
    try {
      response = application.handle(in.apply(event));
    } catch (ProbeException e) {
      response = Failures.of(e);
    } catch (RuntimeException e) {
      System.err.println("probe: unexpected failure");
      e.printStackTrace(System.err);
      response = Failures.unexpected();
    }
    return out.apply(response);
  }
}
