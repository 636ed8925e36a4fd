package dev.probe.core.domain;

import java.util.List;

/**
 * Picks which of several Aime cards a login continues with (JP NET asks when a SEGA ID has more
 * than one). Never asked when there is only one card.
 */
@FunctionalInterface
public interface CardChooser {

  /** Returned to stop the login and report the cards instead (e.g. to ask in a web form). */
  int NONE = -1;

  /**
   * @param cards the cards NET offers, at least two
   * @return the {@link AimeCard#index()} of one of them, or {@link #NONE}
   */
  int choose(List<AimeCard> cards);

  /** Never chooses: a login with several cards stops and reports them. */
  static CardChooser none() {
    return cards -> NONE;
  }

  /** Always the card with NET's index {@code index}. */
  static CardChooser fixed(int index) {
    return cards -> index;
  }
}
