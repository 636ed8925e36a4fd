package dev.probe.core.application.port.in;

import java.util.List;

/** Lists a player's best scores with stable chart ids, for the export formats. */
public interface ExportScoresUseCase {
  /** One row per chart, ordered by chart id. */
  List<ScoreRow> exportScores(ExportScoresQuery query);
}
