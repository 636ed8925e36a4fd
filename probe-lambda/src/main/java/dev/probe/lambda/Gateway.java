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
  private final Runnable beforeEach;

  Gateway(WebApplication application) {
    this(application, () -> {});
  }

  /** With {@code beforeEach} run at the start of every invocation (the database fuse's reset). */
  Gateway(WebApplication application, Runnable beforeEach) {
    this.application = application;
    this.beforeEach = beforeEach;
  }

  <E, R> R serve(E event, Function<E, WebRequest> in, Function<WebResponse, R> out) {
    beforeEach.run();
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
