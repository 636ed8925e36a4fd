package dev.probe.core.domain;

/**
 * One Aime card bound to a SEGA ID, as JP NET's card list shows it after login.
 *
 * @param index the {@code idx} NET's card list submits for it (0 for the first card)
 * @param playerName the player name shown with the card; "" when NET shows none
 */
public record AimeCard(int index, String playerName) {
  public AimeCard {
    if (index < 0) {
      throw new IllegalArgumentException("card index < 0: " + index);
    }
    playerName = playerName == null ? "" : playerName;
  }
}
