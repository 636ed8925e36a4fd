package dev.probe.web.javalin;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.encoder.Encoder;
import dev.probe.web.BodyCompressor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Brotli through brotli4j's native library. Only ever loaded after {@link #available()} found the
 * library on the class path, so a build without it runs with gzip alone.
 */
final class BrotliCompressor implements BodyCompressor {
  /** Quality 5: most of brotli's gain over gzip at a cost that suits pages built per request. */
  private static final Encoder.Parameters PARAMETERS = new Encoder.Parameters().setQuality(5);

  @Override
  public String encoding() {
    return "br";
  }

  @Override
  public byte[] compress(byte[] body) {
    try {
      return Encoder.compress(body, PARAMETERS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Brotli when brotli4j and its native part are present, else nothing. */
  static List<BodyCompressor> available() {
    try {
      Class.forName(
          "com.aayushatharva.brotli4j.Brotli4jLoader",
          false,
          BrotliCompressor.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      return List.of();
    }
    return Brotli4jLoader.isAvailable() ? List.of(new BrotliCompressor()) : List.of();
  }
}
