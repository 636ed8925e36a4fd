package dev.probe.core.application.port.out;

import dev.probe.core.domain.AimeCard;
import dev.probe.core.domain.CardChooser;
import dev.probe.core.domain.Region;
import dev.probe.core.domain.SegaCredentials;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Logs in to NET with a SEGA ID (international and Japanese NET) and returns the new session's
 * cookies. Implementations never log the ID, the password or a cookie, and never retry a refused
 * password.
 */
public interface NetLoginPort {

  /** How a login ended. */
  enum Outcome {
    /** Logged in: {@link Result#cookies()} hold the NET session. */
    LOGGED_IN,
    /** Several Aime cards and the chooser chose none: {@link Result#cards()} lists them. */
    CHOOSE_CARD,
    /** SEGA refused the SEGA ID or password. */
    WRONG_CREDENTIALS,
    /** SEGA asks for a one-time code (two-step verification), which probe cannot give. */
    SECOND_FACTOR
  }

  /**
   * @param outcome how it ended
   * @param cookies the NET session's cookies when logged in, else empty
   * @param playerName the player name NET shows on its home page; "" when not read
   * @param card the Aime card index used (0 when NET asked for none)
   * @param cards the cards to choose from for {@link Outcome#CHOOSE_CARD}, else empty
   */
  record Result(
      Outcome outcome,
      Map<String, String> cookies,
      String playerName,
      int card,
      List<AimeCard> cards) {
    public Result {
      Objects.requireNonNull(outcome, "outcome");
      cookies = Map.copyOf(cookies);
      playerName = playerName == null ? "" : playerName;
      cards = List.copyOf(cards);
    }

    public static Result loggedIn(Map<String, String> cookies, String playerName, int card) {
      return new Result(Outcome.LOGGED_IN, cookies, playerName, card, List.of());
    }

    public static Result chooseCard(List<AimeCard> cards) {
      return new Result(Outcome.CHOOSE_CARD, Map.of(), "", 0, cards);
    }

    public static Result refused(Outcome why) {
      return new Result(why, Map.of(), "", 0, List.of());
    }

    @Override
    public String toString() {
      return "Result[" + outcome + ", cookies=" + cookies.keySet() + ", cards=" + cards + "]";
    }
  }

  /**
   * Logs in to {@code region}'s NET.
   *
   * @throws dev.probe.core.domain.ProbeException {@code NET_UNAVAILABLE} after retries, {@code
   *     MAINTENANCE}, {@code UNRECOGNISED_PAGE} when a step answers with something unexpected
   */
  Result logIn(Region region, SegaCredentials credentials, CardChooser chooser);
}
