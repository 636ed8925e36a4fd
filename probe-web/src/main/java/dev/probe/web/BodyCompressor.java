package dev.probe.web;

/**
 * An optional response encoder beside the built-in gzip, such as brotli where its native library is
 * present. The web application offers it when the client's {@code Accept-Encoding} allows it.
 */
public interface BodyCompressor {
  /** The content-coding token, e.g. {@code br}. */
  String encoding();

  byte[] compress(byte[] body);
}
