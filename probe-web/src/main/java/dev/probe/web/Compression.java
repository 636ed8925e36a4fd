package dev.probe.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Picks the response encoding from {@code Accept-Encoding}: an extra encoder (brotli) when the
 * client takes it, else gzip from the JDK, else none. Tiny and already-compressed bodies stay as
 * they are.
 */
final class Compression {
  static final int MIN_SIZE = 512;
  private static final BodyCompressor GZIP = new Gzip();

  private final List<BodyCompressor> preferred;

  Compression(List<BodyCompressor> extra) {
    List<BodyCompressor> all = new ArrayList<>(extra);
    all.add(GZIP);
    this.preferred = List.copyOf(all);
  }

  /** The encoder to use for a client, by server preference among the codings it accepts. */
  Optional<BodyCompressor> choose(String acceptEncoding) {
    for (BodyCompressor c : preferred) {
      if (accepts(acceptEncoding, c.encoding())) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  static boolean compressible(String contentType) {
    String t = contentType.toLowerCase(Locale.ROOT);
    return t.startsWith("text/")
        || t.startsWith("application/json")
        || t.startsWith("application/javascript")
        || t.startsWith("image/svg+xml");
  }

  /** Whether {@code coding} has a non-zero q (explicitly or through {@code *}). */
  static boolean accepts(String header, String coding) {
    Double star = null;
    for (String part : header.split(",")) {
      String[] bits = part.strip().split(";");
      String name = bits[0].strip().toLowerCase(Locale.ROOT);
      double q = 1;
      for (int i = 1; i < bits.length; i++) {
        String b = bits[i].strip().toLowerCase(Locale.ROOT);
        if (b.startsWith("q=")) {
          try {
            q = Double.parseDouble(b.substring(2));
          } catch (NumberFormatException e) {
            q = 0;
          }
        }
      }
      if (name.equals(coding)) {
        return q > 0;
      }
      if (name.equals("*")) {
        star = q;
      }
    }
    return star != null && star > 0;
  }

  private static final class Gzip implements BodyCompressor {
    @Override
    public String encoding() {
      return "gzip";
    }

    @Override
    public byte[] compress(byte[] body) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
      try (GZIPOutputStream gz = new LevelledGzip(out)) {
        gz.write(body);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return out.toByteArray();
    }
  }

  /** Level 6: nearly the size of 9 at a fraction of the time for pages built per request. */
  private static final class LevelledGzip extends GZIPOutputStream {
    LevelledGzip(ByteArrayOutputStream out) throws IOException {
      super(out, 8192);
      def.setLevel(Deflater.DEFAULT_COMPRESSION);
    }
  }
}
