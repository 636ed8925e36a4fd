package dev.probe.app.exchange;

import dev.probe.core.application.port.in.ImportedScore;
import java.util.List;

/** Reads one export format into rows; malformed input fails with its line. */
interface ScoreReader {
  List<ImportedScore> read(String text, ReadContext context);
}
