package dev.probe.scraper.login;

import dev.probe.scraper.login.HeadReader.BadHead;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executor;

/**
 * One client connection: reads a request head within limits, then answers it here (sign-in), opens
 * a tunnel ({@code CONNECT}) or forwards a plain http request, and ends. A bad request gets a
 * status and a one-line reason; nothing a client sends can take the proxy down.
 */
final class ProxyConnection implements Runnable {

  private static final byte[] ESTABLISHED =
      "HTTP/1.1 200 Connection Established\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);

  private final Socket client;
  private final WechatLoginSettings settings;
  private final LoginInterceptor interceptor;
  private final Executor helpers;
  private final Runnable onEnd;

  ProxyConnection(
      Socket client,
      WechatLoginSettings settings,
      LoginInterceptor interceptor,
      Executor helpers,
      Runnable onEnd) {
    this.client = client;
    this.settings = settings;
    this.interceptor = interceptor;
    this.helpers = helpers;
    this.onEnd = onEnd;
  }

  @Override
  public void run() {
    try {
      client.setSoTimeout((int) settings.headerTimeout().toMillis());
      InputStream in = new BufferedInputStream(client.getInputStream());
      OutputStream out = client.getOutputStream();
      try {
        RequestHead head = readHead(in);
        if (head != null) {
          route(head, in, out);
        }
      } catch (BadHead e) {
        Answers.text(out, e.status, e.getMessage());
      }
    } catch (IOException | RuntimeException e) {
      // the client or the target went away, or sent nonsense: this connection ends, nothing else
    } finally {
      Pipe.quietly(client);
      onEnd.run();
    }
  }

  private RequestHead readHead(InputStream in) throws IOException, BadHead {
    long deadline = System.nanoTime() + settings.headerTimeout().toNanos();
    return new HeadReader(settings.maxHeaderBytes(), deadline).read(in);
  }

  private void route(RequestHead head, InputStream in, OutputStream out)
      throws IOException, BadHead {
    if (!head.method().equals("CONNECT")) {
      plain(head, Target.absolute(head.target()), in, out);
      return;
    }
    Target target = Target.authority(head.target());
    if (target.isPlainHttpOn(settings.callbackHost())) {
      // Some browsers tunnel even plain http through CONNECT: port 80 carries no TLS, so the
      // request inside is read like any other (nothing is decrypted).
      out.write(ESTABLISHED);
      out.flush();
      RequestHead inner = readHead(in);
      if (inner == null) {
        return;
      }
      if (!inner.target().startsWith("/")) {
        throw new BadHead(400, "a request inside a tunnel names a path");
      }
      plain(inner, new Target(target.host(), 80, inner.target()), in, out);
      return;
    }
    Socket upstream = target.dial(settings.allowLocalTargets(), settings.connectTimeout());
    out.write(ESTABLISHED);
    out.flush();
    new Pipe(client, in, upstream, settings.idleTimeout()).run(helpers);
  }

  private void plain(RequestHead head, Target target, InputStream in, OutputStream out)
      throws IOException, BadHead {
    if (interceptor.answer(target, head, out)) {
      return;
    }
    Socket upstream = target.dial(settings.allowLocalTargets(), settings.connectTimeout());
    try {
      upstream
          .getOutputStream()
          .write(head.upstreamBytes(target.originForm(), target.hostHeader()));
    } catch (IOException e) {
      Pipe.quietly(upstream);
      throw new BadHead(502, "the target closed the connection");
    }
    new Pipe(client, in, upstream, settings.idleTimeout()).run(helpers);
  }
}
