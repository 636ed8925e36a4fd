package dev.probe.core.domain.view;

import java.time.Instant;

/**
 * One point of the rating curve.
 *
 * @param at when
 * @param rating probe's computed DX RATING then
 * @param estimated whether an estimated constant entered it
 * @param netRating the rating NET showed at the nearest profile snapshot at or before {@code at};
 *     -1 when none
 */
public record RatingPoint(Instant at, int rating, boolean estimated, int netRating) {}
