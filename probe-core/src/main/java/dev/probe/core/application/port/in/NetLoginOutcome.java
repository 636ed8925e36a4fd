package dev.probe.core.application.port.in;

import dev.probe.core.domain.AimeCard;
import dev.probe.core.domain.view.NetSessionStatus;
import java.util.List;

/**
 * What a SEGA ID login did.
 *
 * @param status the player's session afterwards (values never included); null when a card must be
 *     chosen first
 * @param playerName the name NET showed after login; "" when not read
 * @param cardsToChoose when not empty, nothing was stored: log in again naming one of these cards
 */
public record NetLoginOutcome(
    NetSessionStatus status, String playerName, List<AimeCard> cardsToChoose) {
  public NetLoginOutcome {
    playerName = playerName == null ? "" : playerName;
    cardsToChoose = List.copyOf(cardsToChoose);
  }

  public boolean needsCard() {
    return !cardsToChoose.isEmpty();
  }
}
