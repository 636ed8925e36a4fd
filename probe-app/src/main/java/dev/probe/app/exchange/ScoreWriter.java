package dev.probe.app.exchange;

import dev.probe.core.application.port.in.ScoreRow;
import java.util.List;

/** Writes best scores in one format; rows the format cannot carry are counted in the report. */
interface ScoreWriter {
  String write(List<ScoreRow> rows, WriteReport report);
}
