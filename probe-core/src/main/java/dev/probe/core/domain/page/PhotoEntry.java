package dev.probe.core.domain.page;

import dev.probe.core.domain.ChartRef;
import java.time.Instant;

/**
 * One photo of the album.
 *
 * @param takenAt the shown minute as an instant in the region's zone
 * @param chart the chart played when the photo was taken
 * @param imageUrl absolute URL of the image (reachable only with the session)
 */
public record PhotoEntry(Instant takenAt, ChartRef chart, String imageUrl) {}
