package dev.probe.core.application.port.in;

import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.ProbeException;
import java.time.Instant;
import java.util.Optional;

/**
 * @param player whose rating
 * @param asOf the instant to rate; null for now
 * @param candidates how many "what would raise it" charts to list (0–100)
 */
public record ShowRatingQuery(PlayerId player, Instant asOf, int candidates) {
  public ShowRatingQuery {
    Require.present(player, "a player");
    if (candidates < 0 || candidates > 100) {
      throw ProbeException.invalid("list 0–100 candidate charts, not " + candidates);
    }
  }

  public static ShowRatingQuery now(PlayerId player) {
    return new ShowRatingQuery(player, null, 20);
  }

  public Optional<Instant> at() {
    return Optional.ofNullable(asOf);
  }
}
