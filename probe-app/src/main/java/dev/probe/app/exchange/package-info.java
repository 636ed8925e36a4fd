/**
 * Score files of other trackers, read into rows for {@code ImportScoresUseCase} and written from
 * {@code ExportScoresUseCase} rows. {@link dev.probe.app.exchange.ScoreExchange} is the entry.
 *
 * <p>What each format cannot carry (lost on export, unknown on import):
 *
 * <ul>
 *   <li>{@code csv} / {@code probe-csv}: nothing of a best score. On import the level, constant and
 *       "from plays" columns are not read: the catalogue supplies the first two, and an imported
 *       score is a listed score, never a play.
 *   <li>{@code df-json} (Diving-Fish {@code update_records} / {@code /player/records}): no date, no
 *       DX maximum or stars, no level or constant; utage charts go as {@code DX} level_index 0 and
 *       are found again by title (and level when given).
 *   <li>{@code df-csv} (import only): no chart type (file name, {@code --chart-type} or the
 *       catalogue), no DX score, no FC/AP, no sync, no date; 0% rows are unplayed placeholders.
 *   <li>{@code lxns-json}: no LXNS song {@code id} (probe's catalogue does not hold LXNS ids, and
 *       LXNS's upload needs them), so the two "Link" songs are one; no DX maximum, level or
 *       constant. {@code lxns-csv} (import only) reads columns named like LXNS's JSON fields.
 *   <li>{@code tachi}: no DX score, no sync mark, no utage charts and neither "Link"; non-FC lamps
 *       are only CLEAR (80% or more) or FAILED; best scores carry no judgements.
 * </ul>
 */
package dev.probe.app.exchange;
