package dev.probe.core.domain;

import java.util.List;

/**
 * What only the play's own detail page shows.
 *
 * @param venue the arcade's name; "" when NET did not show it
 * @param partners partner characters (up to five)
 * @param fast FAST count
 * @param late LATE count
 * @param judgements judgement table
 * @param maxCombo max combo / notes
 * @param maxSync max sync / total; null on a solo play (NET shows ―)
 * @param ratingAfter player rating after the play
 * @param ratingChange rating change caused by the play (may be negative)
 * @param coPlayers players linked into the credit
 * @param opponent VS or boss opponent; null for an ordinary play
 * @param life life left / total for utage, perfect-challenge and course plays; null otherwise
 */
public record PlayDetail(
    String venue,
    List<PartnerCharacter> partners,
    int fast,
    int late,
    JudgementTable judgements,
    Count maxCombo,
    Count maxSync,
    int ratingAfter,
    int ratingChange,
    List<CoPlayer> coPlayers,
    VsOpponent opponent,
    Count life) {

  public PlayDetail {
    venue = venue == null ? "" : venue;
    partners = List.copyOf(partners);
    coPlayers = List.copyOf(coPlayers);
    java.util.Objects.requireNonNull(judgements, "judgements");
    java.util.Objects.requireNonNull(maxCombo, "maxCombo");
  }
}
