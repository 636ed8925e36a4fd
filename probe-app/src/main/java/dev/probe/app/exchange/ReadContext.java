package dev.probe.app.exchange;

import dev.probe.core.domain.ChartType;
import java.time.Instant;

/**
 * What a reader needs besides the text.
 *
 * @param charts the catalogue, to name charts
 * @param importedAt the date of rows whose file gives none
 * @param typeHint the chart type of a file without a type column (null when not known)
 */
record ReadContext(ChartResolver charts, Instant importedAt, ChartType typeHint) {}
