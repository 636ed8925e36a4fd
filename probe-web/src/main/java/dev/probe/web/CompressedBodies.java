package dev.probe.web;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import java.util.function.Supplier;

/**
 * Compressed forms of tagged page bodies, by tag and encoding: a page that did not change (the same
 * bytes, so the same tag) is compressed once, not on every request. Bounded by total size.
 */
final class CompressedBodies {
  /** Smaller bodies compress faster than a lookup is worth. */
  static final int MIN_SIZE = 4096;

  private final Cache<String, byte[]> bodies =
      CacheBuilder.newBuilder()
          .maximumWeight(16L << 20)
          .<String, byte[]>weigher((key, body) -> key.length() + body.length)
          .build();

  byte[] get(String etag, BodyCompressor compressor, byte[] body, Supplier<byte[]> compress) {
    if (etag == null || body.length < MIN_SIZE) {
      return compress.get();
    }
    String key = compressor.encoding() + " " + body.length + " " + etag;
    byte[] kept = bodies.getIfPresent(key);
    if (kept == null) {
      kept = compress.get();
      bodies.put(key, kept);
    }
    return kept;
  }
}
