package dev.probe.core.domain.view;

import dev.probe.core.domain.ChartId;
import dev.probe.core.domain.GameVersion;
import dev.probe.core.domain.Region;
import java.util.List;

/**
 * What a catalogue import did.
 *
 * @param format the format recognised ({@code diving-fish}, {@code lxns})
 * @param region the region the catalogue describes
 * @param version the version its constants were stored under
 * @param songs songs read
 * @param charts charts read
 * @param missingFromCatalogue charts NET showed (plays, score lists) that this catalogue lacks;
 *     they are kept, rated with constants estimated from their level labels
 */
public record CatalogImportReport(
    String format,
    Region region,
    GameVersion version,
    int songs,
    int charts,
    List<ChartId> missingFromCatalogue) {
  public CatalogImportReport {
    missingFromCatalogue = List.copyOf(missingFromCatalogue);
  }
}
