package dev.probe.store;

import dev.probe.core.domain.ProbeException;
import dev.probe.core.domain.ProbeException.Kind;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * PostgreSQL from Maven-delivered binaries, data under {@code home/pg}, on a port remembered in
 * {@code home/pg.port}. A lock on {@code home/probe.lock}, taken before PostgreSQL starts, keeps a
 * second process off the same data directory; a shutdown hook stops PostgreSQL cleanly on exit.
 */
final class EmbeddedDatabase implements AutoCloseable {

  static final String USER = "postgres";

  private final Path home;
  private final FileChannel lockChannel;
  private final FileLock lock;
  private final EmbeddedPostgres postgres;
  private final Thread hook;
  private boolean closed;

  private EmbeddedDatabase(
      Path home, FileChannel lockChannel, FileLock lock, EmbeddedPostgres postgres) {
    this.home = home;
    this.lockChannel = lockChannel;
    this.lock = lock;
    this.postgres = postgres;
    this.hook = new Thread(this::close, "probe-embedded-postgres-stop");
    Runtime.getRuntime().addShutdownHook(hook);
  }

  static EmbeddedDatabase start(Path home) {
    FileChannel channel = null;
    FileLock lock = null;
    try {
      Files.createDirectories(home);
      channel =
          FileChannel.open(
              home.resolve("probe.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        throw new ProbeException(
            Kind.CONFLICT,
            "another probe process is using the archive in "
                + home
                + ": stop it first, or point PROBE_HOME at another folder");
      }
      EmbeddedPostgres pg =
          EmbeddedPostgres.builder()
              .setDataDirectory(home.resolve("pg"))
              .setCleanDataDirectory(false)
              .setPort(port(home))
              .start();
      return new EmbeddedDatabase(home, channel, lock, pg);
    } catch (IOException e) {
      release(channel, lock);
      throw new ProbeException(
          Kind.STORE_UNAVAILABLE,
          "cannot start the embedded PostgreSQL in " + home + ": " + e.getMessage(),
          e);
    } catch (RuntimeException e) {
      release(channel, lock);
      throw e;
    }
  }

  /** The remembered port if it is still free, else a new free one (remembered from now on). */
  private static int port(Path home) throws IOException {
    Path file = home.resolve("pg.port");
    if (Files.exists(file)) {
      int remembered = Integer.parseInt(Files.readString(file, StandardCharsets.US_ASCII).strip());
      if (isFree(remembered)) {
        return remembered;
      }
    }
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Files.writeString(file, Integer.toString(port), StandardCharsets.US_ASCII);
    return port;
  }

  private static boolean isFree(int port) {
    try (ServerSocket s = new ServerSocket(port)) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  String jdbcUrl() {
    return postgres.getJdbcUrl(USER, "postgres");
  }

  Path dataDirectory() {
    return home.resolve("pg");
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      postgres.close();
    } catch (IOException e) {
      throw new UncheckedIOException("could not stop the embedded PostgreSQL cleanly", e);
    } finally {
      release(lockChannel, lock);
      if (Thread.currentThread() != hook) {
        try {
          Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
          // the JVM is exiting and the hook runs anyway
        }
      }
    }
  }

  private static void release(FileChannel channel, FileLock lock) {
    try {
      if (lock != null) {
        lock.release();
      }
      if (channel != null) {
        channel.close();
      }
    } catch (IOException ignored) {
      // the lock goes with the process
    }
  }
}
