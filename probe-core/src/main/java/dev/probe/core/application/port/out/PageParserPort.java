package dev.probe.core.application.port.out;

import dev.probe.core.domain.RawPage;
import dev.probe.core.domain.page.NetPage;

/** Reads any NET page: it recognises the kind itself. */
public interface PageParserPort {

  /**
   * Parses a page.
   *
   * @throws dev.probe.core.domain.ProbeException {@code UNRECOGNISED_PAGE} for anything that is not
   *     a complete page of a known kind; {@code SESSION_EXPIRED}, {@code NET_ERROR}, {@code
   *     MAINTENANCE} or {@code BLOCKED} for NET's error, logout, maintenance and challenge pages
   */
  NetPage parse(RawPage page);
}
