package dev.probe.core.domain;

import com.google.common.hash.Hashing;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * A page exactly as NET (or a saved file) delivered it. Kept for ever, addressed by the SHA-256 of
 * its body, so that a better parser can read history again.
 *
 * @param url where it came from ({@code file:} for imports)
 * @param fetchedAt when it was fetched or saved
 * @param body the bytes (NET serves UTF-8)
 */
public record RawPage(URI url, Instant fetchedAt, byte[] body) {

  public RawPage {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(fetchedAt, "fetchedAt");
    body = body.clone();
  }

  @Override
  public byte[] body() {
    return body.clone();
  }

  public int size() {
    return body.length;
  }

  public String text() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** Lower-case hex SHA-256 of the body: the page's address in the archive. */
  public String sha256() {
    return Hashing.sha256().hashBytes(body).toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RawPage other
        && url.equals(other.url)
        && fetchedAt.equals(other.fetchedAt)
        && Arrays.equals(body, other.body);
  }

  @Override
  public int hashCode() {
    return Objects.hash(url, fetchedAt, Arrays.hashCode(body));
  }

  @Override
  public String toString() {
    return "RawPage[" + url + ", " + fetchedAt + ", " + body.length + " bytes]";
  }
}
