package dev.probe.scraper;

import dev.probe.core.domain.ProbeException;

/** The one way parsers reject a page: it is not a complete page of the kind it looked like. */
final class Pages {

  private Pages() {}

  /**
   * A page that looked like {@code kind} but is not one probe can read completely. The message says
   * what was missing; the raw page is kept by the caller, so nothing is lost.
   */
  static ProbeException unreadable(String kind, String what) {
    return ProbeException.unrecognised(
        "This NET "
            + kind
            + " cannot be read: "
            + what
            + ". The page may be cut short, edited, or from a NET version probe does not know;"
            + " fetch it again, or keep the raw page and report it.");
  }

  static ProbeException unreadable(String kind, String what, RuntimeException cause) {
    return new ProbeException(
        ProbeException.Kind.UNRECOGNISED_PAGE, unreadable(kind, what).getMessage(), cause);
  }
}
