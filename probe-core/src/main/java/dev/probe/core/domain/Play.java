package dev.probe.core.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One track of one credit, as the archive keeps it for ever.
 *
 * @param player whose play
 * @param key identity within the player's archive
 * @param chartId the chart, matched to the catalogue
 * @param chart what the page said about the chart
 * @param track track number in the credit (1–4, more in some events)
 * @param playedAt when; exact to the second when {@link PlayKey#isExact()}
 * @param result the result
 * @param achievementNewRecord NET's NEW RECORD mark on the achievement
 * @param dxScoreNewRecord NET's NEW RECORD mark on the DX score
 * @param place place among linked players (1–4), 0 for a solo play
 * @param detailIdx the record list's {@code idx} ({@code slot,unixseconds}); "" when unknown
 * @param detail the detail page's data; null until it has been fetched
 */
public record Play(
    PlayerId player,
    PlayKey key,
    ChartId chartId,
    ChartRef chart,
    int track,
    Instant playedAt,
    PlayResult result,
    boolean achievementNewRecord,
    boolean dxScoreNewRecord,
    int place,
    String detailIdx,
    PlayDetail detail) {

  public Play {
    Objects.requireNonNull(player, "player");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(chartId, "chartId");
    Objects.requireNonNull(chart, "chart");
    Objects.requireNonNull(playedAt, "playedAt");
    Objects.requireNonNull(result, "result");
    detailIdx = detailIdx == null ? "" : detailIdx;
    if (place < 0 || place > 4) {
      throw new IllegalArgumentException("place must be 0 (solo) or 1–4: " + place);
    }
  }

  public Optional<PlayDetail> detailIfFetched() {
    return Optional.ofNullable(detail);
  }

  public Play withDetail(PlayDetail newDetail) {
    return new Play(
        player,
        key,
        chartId,
        chart,
        track,
        playedAt,
        result,
        achievementNewRecord,
        dxScoreNewRecord,
        place,
        detailIdx,
        newDetail);
  }
}
