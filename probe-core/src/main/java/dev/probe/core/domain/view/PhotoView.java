package dev.probe.core.domain.view;

import dev.probe.core.domain.Photo;

/**
 * One album photo with its chart.
 *
 * @param photo the photo
 * @param chart the chart it was taken on
 */
public record PhotoView(Photo photo, ChartInfo chart) {}
