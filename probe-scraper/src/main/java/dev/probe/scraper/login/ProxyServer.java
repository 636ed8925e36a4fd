package dev.probe.scraper.login;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The listening socket and its bounded thread pools: one thread per connection up to the limit
 * (then 503 at once), one helper per tunnel for the second direction. Closing it closes every open
 * connection too.
 */
final class ProxyServer implements AutoCloseable {

  private static final byte[] BUSY =
      ("HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
          .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

  private final ServerSocket listener;
  private final WechatLoginSettings settings;
  private final LoginInterceptor interceptor;
  private final ThreadPoolExecutor connections;
  private final ThreadPoolExecutor helpers;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private final Thread acceptor;

  ProxyServer(InetSocketAddress listen, WechatLoginSettings settings, LoginInterceptor interceptor)
      throws IOException {
    this.settings = settings;
    this.interceptor = interceptor;
    this.connections = pool(settings.maxConnections(), "probe-login-proxy");
    this.helpers = pool(settings.maxConnections(), "probe-login-pipe");
    this.listener = new ServerSocket();
    listener.setReuseAddress(true);
    try {
      listener.bind(listen, 50);
    } catch (IOException e) {
      close();
      throw e;
    }
    this.acceptor = new Thread(this::acceptLoop, "probe-login-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  InetSocketAddress address() {
    return (InetSocketAddress) listener.getLocalSocketAddress();
  }

  private void acceptLoop() {
    while (!listener.isClosed()) {
      Socket s;
      try {
        s = listener.accept();
      } catch (IOException e) {
        if (listener.isClosed()) {
          return;
        }
        pause(); // e.g. too many open files: keep serving the others, without spinning
        continue;
      }
      open.add(s);
      try {
        s.setTcpNoDelay(true);
        connections.execute(
            new ProxyConnection(s, settings, interceptor, helpers, () -> open.remove(s)));
      } catch (RejectedExecutionException | IOException e) {
        refuse(s);
      }
    }
  }

  private static void pause() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Too many connections: say so at once instead of queueing the client. */
  private void refuse(Socket s) {
    try (s) {
      s.setSoTimeout(1000);
      OutputStream out = s.getOutputStream();
      out.write(BUSY);
      out.flush();
    } catch (IOException e) {
      // the client left already
    } finally {
      open.remove(s);
    }
  }

  @Override
  public void close() {
    try {
      if (listener != null) {
        listener.close();
      }
    } catch (IOException e) {
      // closing anyway
    }
    open.forEach(Pipe::quietly);
    connections.shutdownNow();
    helpers.shutdownNow();
  }

  private static ThreadPoolExecutor pool(int size, String name) {
    AtomicInteger n = new AtomicInteger();
    return new ThreadPoolExecutor(
        0,
        size,
        30,
        TimeUnit.SECONDS,
        new SynchronousQueue<>(),
        r -> {
          Thread t = new Thread(r, name + "-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
  }
}
