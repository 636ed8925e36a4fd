package dev.probe.core.domain.page;

/**
 * The player block shown on home, playerData, ratingTargetMusic and the friend-code page.
 *
 * @param name player name as shown (often full-width letters)
 * @param rating DX RATING shown by NET
 * @param ratingFrame the frame image name ({@code rating_base_gold}); a hint, the band follows the
 *     number
 * @param stars star count (the number after ×)
 * @param trophy trophy text; "" when none
 * @param trophyKind {@code Normal}, {@code Bronze}, {@code Silver}, {@code Gold} or {@code
 *     Rainbow}; "" when none
 * @param icon player icon image name; "" when none
 * @param courseRank course rank image name; "" when none
 * @param classRank class rank image name; "" when none
 */
public record UserBlock(
    String name,
    int rating,
    String ratingFrame,
    int stars,
    String trophy,
    String trophyKind,
    String icon,
    String courseRank,
    String classRank) {}
