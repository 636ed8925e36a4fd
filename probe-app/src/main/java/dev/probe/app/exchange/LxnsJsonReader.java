package dev.probe.app.exchange;

import dev.probe.app.exchange.JsonRecords.Located;
import dev.probe.core.application.port.in.ImportedScore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * LXNS score lists: the upload body {@code {scores: [...]}}, the API answer {@code {data: [...]}}
 * or a bare array. Each score is read by {@link LxnsScores} from its field names.
 */
final class LxnsJsonReader implements ScoreReader {

  @Override
  public List<ImportedScore> read(String text, ReadContext context) {
    List<ImportedScore> rows = new ArrayList<>();
    for (Located r : JsonRecords.read(text, Set.of("scores", "data"), "LXNS scores")) {
      Map<String, String> fields = new java.util.HashMap<>();
      r.node().fieldNames().forEachRemaining(n -> fields.put(n, JsonRecords.text(r.node(), n)));
      rows.add(LxnsScores.row(r.line(), fields, context));
    }
    return rows;
  }
}
