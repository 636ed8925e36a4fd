package dev.probe.scraper.login;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a request head byte by byte, so nothing of the body is consumed, within a byte limit and a
 * deadline: a client that trickles its head slower than that is cut off, however often it sends a
 * byte.
 */
final class HeadReader {

  /** Why a head could not be read; the status the client gets. */
  static final class BadHead extends Exception {
    final int status;

    BadHead(int status, String message) {
      super(message, null, false, false);
      this.status = status;
    }
  }

  private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
  private static final Pattern VERSION = Pattern.compile("HTTP/1\\.[01]");

  private final int maxBytes;
  private final long deadlineNanos;

  HeadReader(int maxBytes, long deadlineNanos) {
    this.maxBytes = maxBytes;
    this.deadlineNanos = deadlineNanos;
  }

  /** The head, or null when the client closed before sending anything. */
  RequestHead read(InputStream in) throws IOException, BadHead {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
    int recent = 0; // the last four bytes, newest lowest
    while (!endOfHead(recent)) {
      if (System.nanoTime() > deadlineNanos) {
        throw new BadHead(408, "the request head took too long");
      }
      int b;
      try {
        b = in.read();
      } catch (SocketTimeoutException e) {
        throw new BadHead(408, "the request head took too long");
      }
      if (b < 0) {
        if (bytes.size() == 0) {
          return null;
        }
        throw new BadHead(400, "the request head was cut short");
      }
      if (bytes.size() >= maxBytes) {
        throw new BadHead(431, "the request head is larger than " + maxBytes + " bytes");
      }
      bytes.write(b);
      recent = (recent << 8) | b;
    }
    return parse(bytes.toString(StandardCharsets.ISO_8859_1));
  }

  /** CR LF CR LF, or LF LF from lenient clients. */
  private static boolean endOfHead(int recent) {
    return recent == 0x0d0a0d0a || (recent & 0xffff) == 0x0a0a;
  }

  static RequestHead parse(String text) throws BadHead {
    String[] lines = text.split("\r?\n");
    String[] parts = lines[0].split(" ", -1);
    if (parts.length != 3
        || !TOKEN.matcher(parts[0]).matches()
        || parts[1].isEmpty()
        || !VERSION.matcher(parts[2]).matches()
        || parts[1].chars().anyMatch(c -> c <= 0x20 || c >= 0x7f)) {
      throw new BadHead(400, "not an HTTP/1.x request line");
    }
    List<RequestHead.Header> headers = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].isEmpty()) {
        break;
      }
      int colon = lines[i].indexOf(':');
      if (colon <= 0 || !TOKEN.matcher(lines[i].substring(0, colon)).matches()) {
        throw new BadHead(400, "a malformed header line");
      }
      String value = lines[i].substring(colon + 1).strip();
      if (value.chars().anyMatch(c -> c < 0x20 && c != '\t')) {
        throw new BadHead(400, "a header with control characters");
      }
      headers.add(new RequestHead.Header(lines[i].substring(0, colon), value));
    }
    return new RequestHead(parts[0], parts[1], parts[2], headers);
  }
}
