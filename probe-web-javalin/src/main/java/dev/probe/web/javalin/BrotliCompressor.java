package dev.probe.web.javalin;

import com.aayushatharva.brotli4j.encoder.Encoder;
import dev.probe.web.BodyCompressor;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Brotli through brotli4j's native library. Only ever loaded after {@link OptionalBrotli} found the
 * library on the class path, so a build without it runs with gzip alone.
 */
final class BrotliCompressor implements BodyCompressor {
  /** Quality 5: most of brotli's gain over gzip at a cost that suits pages built per request. */
  private final Encoder.Parameters parameters = new Encoder.Parameters().setQuality(5);

  @Override
  public String encoding() {
    return "br";
  }

  @Override
  public byte[] compress(byte[] body) {
    try {
      return Encoder.compress(body, parameters);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
