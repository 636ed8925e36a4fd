package dev.probe.scraper.login;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** A raw client of the proxy: writes exactly the bytes a test gives and reads what comes back. */
final class ProxyClient implements AutoCloseable {

  final Socket socket;

  ProxyClient(InetSocketAddress proxy) throws IOException {
    socket = new Socket();
    socket.connect(proxy, 2000);
    socket.setSoTimeout(10_000);
  }

  ProxyClient send(String text) throws IOException {
    return send(text.getBytes(StandardCharsets.ISO_8859_1));
  }

  ProxyClient send(byte[] bytes) throws IOException {
    socket.getOutputStream().write(bytes);
    socket.getOutputStream().flush();
    return this;
  }

  /** Everything until the proxy closes the connection. */
  String readAll() throws IOException {
    return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
  }

  /** A response head (up to the blank line). */
  String readHead() throws IOException {
    InputStream in = socket.getInputStream();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int recent = 0;
    while (recent != 0x0d0a0d0a) {
      int b = in.read();
      if (b < 0) {
        break;
      }
      out.write(b);
      recent = (recent << 8) | b;
    }
    return out.toString(StandardCharsets.ISO_8859_1);
  }

  byte[] readExactly(int n) throws IOException {
    return socket.getInputStream().readNBytes(n);
  }

  /** One GET through the proxy, answered and closed. */
  static String get(InetSocketAddress proxy, String url) throws IOException {
    try (ProxyClient c = new ProxyClient(proxy)) {
      return c.send("GET " + url + " HTTP/1.1\r\nHost: " + host(url) + "\r\n\r\n").readAll();
    }
  }

  private static String host(String url) {
    String rest = url.substring(url.indexOf("//") + 2);
    int slash = rest.indexOf('/');
    return slash < 0 ? rest : rest.substring(0, slash);
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
