package dev.probe.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The app's own CSS, scripts and icons, each served under a name carrying its content hash ({@code
 * app.3f2a1b9c0d.css}) so browsers may keep it for a year; compressed once per encoding.
 */
final class StaticAssets {
  static final String IMMUTABLE = "public, max-age=31536000, immutable";
  static final String REVALIDATE = "no-cache";
  private static final String[] FILES = {
    "app.css", "app.js", "linechart.js", "catalog.js", "wechat.js", "favicon.svg"
  };

  /** One file, its fingerprinted name and its compressed forms. */
  record Asset(String name, String hashedName, String contentType, byte[] bytes, String etag) {}

  private final Map<String, Asset> byName = new LinkedHashMap<>();
  private final Map<String, Asset> byHashedName = new LinkedHashMap<>();
  private final Map<String, byte[]> compressed = new ConcurrentHashMap<>();

  StaticAssets() {
    for (String file : FILES) {
      byte[] bytes = read(file);
      String hash = HexFormat.of().formatHex(OwnerAuth.sha256(bytes)).substring(0, 10);
      int dot = file.lastIndexOf('.');
      String hashed = file.substring(0, dot) + "." + hash + file.substring(dot);
      Asset a = new Asset(file, hashed, contentType(file), bytes, "\"" + hash + "\"");
      byName.put(file, a);
      byHashedName.put(hashed, a);
    }
  }

  /** The app-relative URL of a file: {@code /static/app.3f2a1b9c0d.css}. */
  String path(String name) {
    Asset a = byName.get(name);
    if (a == null) {
      throw new IllegalArgumentException("no static file " + name);
    }
    return "/static/" + a.hashedName();
  }

  /** The current file for a fingerprinted name; an old or missing hash finds the plain name. */
  Optional<Asset> find(String requested) {
    Asset a = byHashedName.get(requested);
    if (a != null) {
      return Optional.of(a);
    }
    return Optional.ofNullable(byName.get(requested));
  }

  boolean isCurrent(String requested) {
    return byHashedName.containsKey(requested);
  }

  byte[] compressedBy(Asset asset, BodyCompressor compressor) {
    return compressed.computeIfAbsent(
        asset.hashedName() + "|" + compressor.encoding(), k -> compressor.compress(asset.bytes()));
  }

  private static byte[] read(String file) {
    try (InputStream in = StaticAssets.class.getResourceAsStream("/dev/probe/web/static/" + file)) {
      if (in == null) {
        throw new IllegalStateException("missing static file " + file);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String contentType(String file) {
    if (file.endsWith(".css")) {
      return "text/css; charset=utf-8";
    }
    if (file.endsWith(".js")) {
      return "application/javascript; charset=utf-8";
    }
    if (file.endsWith(".svg")) {
      return "image/svg+xml";
    }
    return "application/octet-stream";
  }
}
