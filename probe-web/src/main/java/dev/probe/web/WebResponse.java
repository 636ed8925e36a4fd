package dev.probe.web;

import java.util.List;
import java.util.Map;

/**
 * An HTTP response ready to be written: the body is final (already compressed when {@code
 * content-encoding} says so); deliveries copy status, headers and body as they are.
 *
 * @param status HTTP status
 * @param headers headers with lower-case names; {@code set-cookie} may have several values
 * @param body the body bytes
 */
public record WebResponse(int status, Map<String, List<String>> headers, byte[] body) {
  public WebResponse {
    headers = Map.copyOf(headers);
    body = body == null ? new byte[0] : body.clone();
  }

  @Override
  public byte[] body() {
    return body.clone();
  }

  /** The first value of a header. */
  public java.util.Optional<String> header(String name) {
    List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
    return values == null || values.isEmpty()
        ? java.util.Optional.empty()
        : java.util.Optional.of(values.get(0));
  }
}
