package dev.probe.web.javalin;

import dev.probe.web.BodyCompressor;
import java.util.List;

/**
 * Looks for brotli4j without touching its classes, so this class loads whether or not brotli4j is
 * there; {@link BrotliCompressor} is only loaded once it is.
 */
final class OptionalBrotli {
  private static final String LOADER = "com.aayushatharva.brotli4j.Brotli4jLoader";

  private OptionalBrotli() {}

  static List<BodyCompressor> available() {
    try {
      Class<?> loader = Class.forName(LOADER, true, OptionalBrotli.class.getClassLoader());
      Object ok = loader.getMethod("isAvailable").invoke(null);
      return Boolean.TRUE.equals(ok) ? List.of(new BrotliCompressor()) : List.of();
    } catch (ReflectiveOperationException | LinkageError e) {
      return List.of();
    }
  }
}
