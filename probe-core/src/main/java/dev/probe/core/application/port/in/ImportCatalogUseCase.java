package dev.probe.core.application.port.in;

import dev.probe.core.domain.view.CatalogImportReport;

/**
 * Reads a song catalogue the player supplies (Diving-Fish {@code music_data} JSON or the LXNS song
 * list) into the archive. Constants are merged per version, never replacing other versions'; charts
 * learned from NET stay.
 */
public interface ImportCatalogUseCase {
  /**
   * @throws dev.probe.core.domain.ProbeException {@code INVALID_INPUT} with line and column for a
   *     malformed file or an unknown format
   */
  CatalogImportReport importCatalog(ImportCatalogCommand command);
}
