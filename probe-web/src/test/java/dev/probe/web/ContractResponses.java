package dev.probe.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/** Reading answers in the contract: bodies decoded as a browser would, cookies by name. */
public final class ContractResponses {
  private ContractResponses() {}

  /** The body as text, gunzipped when the response says gzip. */
  public static String text(WebResponse r) {
    byte[] body = r.body();
    if (r.header("content-encoding").filter("gzip"::equals).isPresent()) {
      try (var in = new GZIPInputStream(new ByteArrayInputStream(body))) {
        body = in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new String(body, StandardCharsets.UTF_8);
  }

  /** name → value of every {@code Set-Cookie}. */
  public static Map<String, String> cookies(WebResponse r) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String c : r.headers().getOrDefault("set-cookie", List.of())) {
      String pair = c.split(";", 2)[0];
      int eq = pair.indexOf('=');
      out.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
    }
    return out;
  }

  /** The raw {@code Set-Cookie} line for a cookie name. */
  public static String setCookieLine(WebResponse r, String name) {
    for (String c : r.headers().getOrDefault("set-cookie", List.of())) {
      if (c.startsWith(name + "=")) {
        return c;
      }
    }
    return "";
  }
}
