package dev.probe.scraper.login;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Loopback targets for the proxy: an echo server (what a TLS server sees through a tunnel is just
 * bytes) and a plain http server that records the request heads it gets.
 */
final class Upstreams implements AutoCloseable {

  private final ServerSocket echo;
  private final ServerSocket http;
  final List<String> httpHeads = new CopyOnWriteArrayList<>();

  Upstreams() throws IOException {
    echo = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    http = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    daemon(() -> serve(echo, Upstreams::echo));
    daemon(() -> serve(http, this::answer));
  }

  int echoPort() {
    return echo.getLocalPort();
  }

  int httpPort() {
    return http.getLocalPort();
  }

  private interface Conversation {
    void talk(Socket s) throws IOException;
  }

  private static void serve(ServerSocket server, Conversation c) {
    while (!server.isClosed()) {
      try {
        Socket s = server.accept();
        daemon(
            () -> {
              try (s) {
                c.talk(s);
              } catch (IOException e) {
                // the test closed it
              }
            });
      } catch (IOException e) {
        return;
      }
    }
  }

  private static void echo(Socket s) throws IOException {
    InputStream in = s.getInputStream();
    OutputStream out = s.getOutputStream();
    byte[] buffer = new byte[4096];
    for (int n; (n = in.read(buffer)) > 0; ) {
      out.write(buffer, 0, n);
      out.flush();
    }
  }

  private void answer(Socket s) throws IOException {
    InputStream in = s.getInputStream();
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int recent = 0;
    while (recent != 0x0d0a0d0a) {
      int b = in.read();
      if (b < 0) {
        return;
      }
      head.write(b);
      recent = (recent << 8) | b;
    }
    httpHeads.add(head.toString(StandardCharsets.ISO_8859_1));
    byte[] body = "upstream says hi".getBytes(StandardCharsets.UTF_8);
    s.getOutputStream()
        .write(
            ("HTTP/1.1 200 OK\r\nX-Upstream: yes\r\nContent-Length: " + body.length + "\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
    s.getOutputStream().write(body);
    s.getOutputStream().flush();
  }

  private static void daemon(Runnable r) {
    Thread t = new Thread(r, "test-upstream");
    t.setDaemon(true);
    t.start();
  }

  @Override
  public void close() throws IOException {
    echo.close();
    http.close();
  }
}
