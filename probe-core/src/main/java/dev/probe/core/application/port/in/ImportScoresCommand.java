package dev.probe.core.application.port.in;

import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.ProbeException;
import java.util.List;
import java.util.Objects;

/**
 * Import best scores read from another tracker's export.
 *
 * @param player whose scores
 * @param source where they came from ({@code diving-fish}, {@code lxns}, {@code probe-csv}, …),
 *     kept with every listed score
 * @param scores the rows, in file order
 */
public record ImportScoresCommand(PlayerId player, String source, List<ImportedScore> scores) {
  public ImportScoresCommand {
    Objects.requireNonNull(player, "player");
    if (source == null || source.isBlank()) {
      throw ProbeException.invalid("an import needs a source name");
    }
    scores = List.copyOf(scores);
  }
}
