package dev.probe.lambda;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

/**
 * A local port standing for the database's address: while open it relays every connection to the
 * test PostgreSQL, while shut nothing listens there and the connections it relayed are cut. So the
 * database can go away and come back at the same URL, as a paused Aurora or a restarted RDS does.
 */
final class DatabaseRelay implements AutoCloseable {
  private final int port;
  private final String targetHost;
  private final int targetPort;
  private final List<Socket> sockets = new ArrayList<>();
  private ServerSocket server;

  private DatabaseRelay(int port, String targetHost, int targetPort) {
    this.port = port;
    this.targetHost = targetHost;
    this.targetPort = targetPort;
  }

  /** A shut relay on a free port, to the database of {@code jdbcUrl}. */
  static DatabaseRelay to(String jdbcUrl) throws IOException {
    java.net.URI uri = java.net.URI.create(jdbcUrl.substring("jdbc:".length()));
    try (ServerSocket probe = new ServerSocket(0)) {
      return new DatabaseRelay(
          probe.getLocalPort(), uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort());
    }
  }

  int port() {
    return port;
  }

  synchronized void open() throws IOException {
    ServerSocket listening = new ServerSocket();
    listening.setReuseAddress(true);
    listening.bind(new InetSocketAddress("127.0.0.1", port));
    server = listening;
    Thread accept = new Thread(() -> acceptAll(listening), "relay-accept");
    accept.setDaemon(true);
    accept.start();
  }

  synchronized void shut() throws IOException {
    if (server != null) {
      server.close();
      server = null;
    }
    for (Socket s : sockets) {
      s.close();
    }
    sockets.clear();
  }

  @Override
  public void close() throws IOException {
    shut();
  }

  private void acceptAll(ServerSocket listening) {
    while (!listening.isClosed()) {
      try {
        Socket client = listening.accept();
        Socket database = new Socket(targetHost, targetPort);
        synchronized (this) {
          sockets.add(client);
          sockets.add(database);
        }
        pump(client, database);
        pump(database, client);
      } catch (IOException e) {
        return; // shut
      }
    }
  }

  private static void pump(Socket from, Socket to) {
    Thread t =
        new Thread(
            () -> {
              try (InputStream in = from.getInputStream();
                  OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
              } catch (IOException ignored) {
                // either side closed: the relay was shut or the connection ended
              } finally {
                try {
                  to.close();
                  from.close();
                } catch (IOException ignored) {
                  // already closed
                }
              }
            },
            "relay-pump");
    t.setDaemon(true);
    t.start();
  }
}
