package dev.probe.core.application.service;

import dev.probe.core.application.port.out.CatalogPort;
import dev.probe.core.domain.Chart;
import dev.probe.core.domain.ChartId;
import dev.probe.core.domain.ChartRef;
import dev.probe.core.domain.NoteCounts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Adds charts that pages show but the catalogue lacks, so that every play has a chart to point at.
 * A page cannot tell the first version, the note counts or the constants: they stay unknown (null,
 * zero, none) until a real catalogue is imported. A chart already in the catalogue is never
 * touched, and no song is invented.
 */
final class CatalogLearner {

  private CatalogLearner() {}

  static void learn(CatalogPort catalog, Map<ChartId, ChartRef> seen) {
    List<Chart> charts = new ArrayList<>();
    for (Map.Entry<ChartId, ChartRef> e : seen.entrySet()) {
      if (catalog.findChart(e.getKey()).isEmpty()) {
        charts.add(
            new Chart(
                e.getKey(),
                e.getValue().level(),
                NoteCounts.UNKNOWN,
                null,
                Map.of(),
                false,
                false));
      }
    }
    if (!charts.isEmpty()) {
      catalog.saveCatalog(List.of(), charts);
    }
  }
}
