package dev.probe.lambda;

import dev.probe.web.WebResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

/** A response body as a client reads it: gunzipped when it says gzip. */
final class ContractText {
  private ContractText() {}

  static String of(WebResponse response) {
    byte[] body = response.body();
    if (response.header("content-encoding").filter("gzip"::equalsIgnoreCase).isPresent()) {
      try (var in = new GZIPInputStream(new ByteArrayInputStream(body))) {
        body = in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new String(body, StandardCharsets.UTF_8);
  }
}
