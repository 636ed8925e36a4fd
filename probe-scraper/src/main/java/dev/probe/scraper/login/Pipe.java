package dev.probe.scraper.login;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Copies bytes both ways between the client and a target, untouched, until either side ends or
 * neither has sent anything for the idle timeout. One direction runs on a helper thread; whichever
 * ends first closes both sockets, which ends the other.
 */
final class Pipe {

  private final Socket client;
  private final InputStream clientIn;
  private final Socket target;
  private final long idleNanos;
  private final AtomicLong lastActivity = new AtomicLong(System.nanoTime());

  Pipe(Socket client, InputStream clientIn, Socket target, Duration idle) throws IOException {
    this.client = client;
    this.clientIn = clientIn;
    this.target = target;
    this.idleNanos = idle.toNanos();
    int poll = (int) Math.max(50, Math.min(1000, idle.toMillis() / 4));
    client.setSoTimeout(poll);
    target.setSoTimeout(poll);
  }

  /** Runs until the exchange ends; the helper takes the client → target direction. */
  void run(Executor helper) throws IOException {
    InputStream targetIn = target.getInputStream();
    OutputStream targetOut = target.getOutputStream();
    OutputStream clientOut = client.getOutputStream();
    try {
      helper.execute(() -> copy(clientIn, targetOut));
    } catch (RejectedExecutionException e) {
      closeBoth();
      return;
    }
    copy(targetIn, clientOut);
  }

  private void copy(InputStream in, OutputStream out) {
    byte[] buffer = new byte[16 * 1024];
    try {
      while (true) {
        int n;
        try {
          n = in.read(buffer);
        } catch (SocketTimeoutException e) {
          if (System.nanoTime() - lastActivity.get() > idleNanos) {
            return; // silent both ways for too long
          }
          continue;
        }
        if (n < 0) {
          return;
        }
        lastActivity.set(System.nanoTime());
        out.write(buffer, 0, n);
        out.flush();
      }
    } catch (IOException e) {
      // a side went away: the exchange is over
    } finally {
      closeBoth();
    }
  }

  private void closeBoth() {
    quietly(target);
    quietly(client);
  }

  static void quietly(Socket s) {
    try {
      s.close();
    } catch (IOException e) {
      // already gone
    }
  }
}
