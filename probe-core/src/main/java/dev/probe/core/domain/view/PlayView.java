package dev.probe.core.domain.view;

import dev.probe.core.domain.Play;
import dev.probe.core.domain.diff.PlayDiff;

/**
 * One play as lists show it.
 *
 * @param play the play
 * @param chart the chart
 * @param rating the play's chart rating under the rules in force when it was played; 0 for utage
 * @param ratingEstimated whether {@code rating} used an estimated constant
 * @param diff the play against the best on the chart before it
 */
public record PlayView(
    Play play, ChartInfo chart, int rating, boolean ratingEstimated, PlayDiff diff) {}
