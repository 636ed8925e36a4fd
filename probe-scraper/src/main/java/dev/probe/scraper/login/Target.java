package dev.probe.scraper.login;

import dev.probe.scraper.login.HeadReader.BadHead;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;

/**
 * Where a proxied request goes: a host and port, plus the origin-form path for plain http.
 *
 * @param host the host as the client named it (lower case)
 * @param port the port
 * @param originForm {@code /path?query} for plain http, "" for a tunnel
 */
record Target(String host, int port, String originForm) {

  /** {@code http://host[:port]/path?query} as a proxy client sends it. */
  static Target absolute(String target) throws BadHead {
    URI uri;
    try {
      uri = new URI(target);
    } catch (java.net.URISyntaxException e) {
      throw new BadHead(400, "not a URL");
    }
    if (uri.getScheme() == null || uri.getHost() == null) {
      throw new BadHead(400, "a proxy request names a whole http:// URL");
    }
    if (!uri.getScheme().equalsIgnoreCase("http")) {
      throw new BadHead(400, "only http:// is forwarded; https goes through CONNECT");
    }
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
    return new Target(
        uri.getHost().toLowerCase(Locale.ROOT),
        uri.getPort() < 0 ? 80 : uri.getPort(),
        path + query);
  }

  /** {@code host:port} of a CONNECT. */
  static Target authority(String target) throws BadHead {
    URI uri;
    try {
      uri = new URI("tunnel://" + target);
    } catch (java.net.URISyntaxException e) {
      throw new BadHead(400, "CONNECT needs host:port");
    }
    if (uri.getHost() == null
        || uri.getPort() < 1
        || uri.getRawPath() != null && !uri.getRawPath().isEmpty()
        || uri.getRawQuery() != null
        || uri.getRawUserInfo() != null) {
      throw new BadHead(400, "CONNECT needs host:port");
    }
    return new Target(uri.getHost().toLowerCase(Locale.ROOT), uri.getPort(), "");
  }

  /** Whether this is the given host on port 80, where plain http is expected. */
  boolean isPlainHttpOn(String otherHost) {
    return port == 80 && host.equalsIgnoreCase(otherHost);
  }

  String hostHeader() {
    String h = host.contains(":") ? "[" + host + "]" : host;
    return port == 80 ? h : h + ":" + port;
  }

  /**
   * Opens a connection, refusing this machine's own addresses unless allowed: a LAN device must not
   * reach services that listen on localhost (the database, probe's own pages).
   *
   * @throws BadHead 403 for a local target, 502 when the host is unknown or unreachable, 504 on a
   *     connect timeout
   */
  Socket dial(boolean allowLocal, Duration timeout) throws BadHead {
    String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    InetAddress address;
    try {
      address = InetAddress.getByName(bare);
    } catch (UnknownHostException e) {
      throw new BadHead(502, "unknown host " + host);
    }
    if (!allowLocal && isLocal(address)) {
      throw new BadHead(403, "the proxy does not reach this machine itself");
    }
    Socket socket = new Socket();
    try {
      socket.connect(new InetSocketAddress(address, port), (int) timeout.toMillis());
      socket.setTcpNoDelay(true);
      return socket;
    } catch (java.net.SocketTimeoutException e) {
      Pipe.quietly(socket);
      throw new BadHead(504, "no answer from " + host + ":" + port);
    } catch (IOException e) {
      Pipe.quietly(socket);
      throw new BadHead(502, "cannot reach " + host + ":" + port);
    }
  }

  private static boolean isLocal(InetAddress a) {
    if (a.isLoopbackAddress() || a.isAnyLocalAddress() || a.isLinkLocalAddress()) {
      return true;
    }
    try {
      return NetworkInterface.getByInetAddress(a) != null;
    } catch (SocketException e) {
      return true; // cannot tell: be safe
    }
  }
}
