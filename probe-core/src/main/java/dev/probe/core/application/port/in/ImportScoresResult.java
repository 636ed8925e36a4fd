package dev.probe.core.application.port.in;

import dev.probe.core.domain.ChartId;
import java.util.List;

/**
 * What an import kept, merged and set aside.
 *
 * @param rows rows read
 * @param saved charts whose listed score was saved
 * @param improved charts on which the import raised the best (achievement, DX score or a mark)
 * @param duplicates rows naming a chart an earlier row already named; the best of them was kept
 * @param setAside rows not saved, with why (unknown chart, impossible value); nothing else is lost
 */
public record ImportScoresResult(
    int rows, int saved, int improved, List<Duplicate> duplicates, List<SetAside> setAside) {

  public ImportScoresResult {
    duplicates = List.copyOf(duplicates);
    setAside = List.copyOf(setAside);
  }

  /** A row whose chart an earlier row (at {@code firstLine}) already named. */
  public record Duplicate(int line, int firstLine, ChartId chart) {}

  /** A row that was not saved, and why. */
  public record SetAside(ImportedScore score, String reason) {}
}
