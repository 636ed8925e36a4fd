package dev.probe.core.domain;

import java.time.Instant;

/**
 * One album photo, kept after NET drops it.
 *
 * @param player whose photo
 * @param takenAt when (to the minute)
 * @param chart the chart played
 * @param imageUrl NET's URL of the image
 * @param imageSha256 SHA-256 of the downloaded image kept as a raw page; "" when not downloaded
 */
public record Photo(
    PlayerId player, Instant takenAt, ChartRef chart, String imageUrl, String imageSha256) {}
