package dev.probe.scraper;

import dev.probe.core.domain.RawPage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Test pages: real ones under {@code fixtures/} (licence files next to them), synthetic ones under
 * {@code synthetic/}.
 */
final class Fixtures {

  static final Instant FETCHED = Instant.parse("2026-01-01T00:00:00Z");

  private Fixtures() {}

  static byte[] bytes(String resource) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/" + resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(String resource) {
    return new String(bytes(resource), StandardCharsets.UTF_8);
  }

  static RawPage page(String resource) {
    return new RawPage(URI.create("file:///" + resource), FETCHED, bytes(resource));
  }

  static RawPage page(String url, String html) {
    return new RawPage(URI.create(url), FETCHED, html.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * A real fragment (one entry or block cut out of a NET page by its author) inside a synthetic
   * page shell written from MAIMAI-NET-PAGES §3, so that it can be read as a whole page.
   */
  static String inShell(String lang, String title, String titleImage, String body) {
    return SyntheticShell.page(lang, title, titleImage, body);
  }
}
