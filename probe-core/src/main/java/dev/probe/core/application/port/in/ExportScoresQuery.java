package dev.probe.core.application.port.in;

import dev.probe.core.domain.PlayerId;
import java.util.Objects;

/** Every best score of one player, as of now. */
public record ExportScoresQuery(PlayerId player) {
  public ExportScoresQuery {
    Objects.requireNonNull(player, "player");
  }
}
