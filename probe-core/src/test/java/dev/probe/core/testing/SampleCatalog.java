package dev.probe.core.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The synthetic catalogue (Diving-Fish format, CN, 11 entries, 40 charts; every title and number
 * invented) that tests import. See {@code catalog/README.md} beside it.
 */
public final class SampleCatalog {

  public static final String RESOURCE = "/catalog/music-data.sample.json";

  private SampleCatalog() {}

  public static byte[] bytes() {
    try (InputStream in = SampleCatalog.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the test classpath");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
