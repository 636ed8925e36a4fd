package dev.probe.web;

import dev.probe.core.domain.Play;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * One play in a list.
 *
 * @param key the play's identity ({@code t:1759467960})
 * @param href its page
 * @param chartHref its chart's page
 * @param title song title, exactly
 * @param type STD or DX
 * @param difficulty BASIC … UTAGE
 * @param level level label
 * @param achievement {@code 100.5000}
 * @param rank {@code SSS+}
 * @param dxScore DX score
 * @param dxMax its maximum (0 when unknown)
 * @param stars DX stars
 * @param combo FC/AP label ("" when none)
 * @param sync sync label ("" when none)
 * @param newRecord whether NET marked a NEW RECORD
 * @param playedAt when, in UTC
 * @param shownAt when, as NET shows it in the player's region
 * @param track track number
 */
record PlayRow(
    String key,
    String href,
    String chartHref,
    String title,
    String type,
    String difficulty,
    String level,
    String achievement,
    String rank,
    int dxScore,
    int dxMax,
    int stars,
    String combo,
    String sync,
    boolean newRecord,
    Instant playedAt,
    String shownAt,
    int track) {

  static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  static PlayRow of(Play p, ZoneOffset zone, Origin origin) {
    return new PlayRow(
        p.key().value(),
        origin.link("/plays/" + Urls.encode(p.key().value())),
        origin.link("/charts/" + Urls.encode(p.chartId().asString())),
        p.chart().title(),
        p.chart().type().name(),
        p.chart().difficulty().name(),
        p.chart().level(),
        p.result().achievement().format(),
        p.result().rank().label(),
        p.result().dxScore().score(),
        p.result().dxScore().max(),
        p.result().dxScore().stars(),
        p.result().combo().label(),
        p.result().sync().label(),
        p.achievementNewRecord() || p.dxScoreNewRecord(),
        p.playedAt(),
        SHOWN.format(p.playedAt().atOffset(zone)),
        p.track());
  }

  String difficultyLabel() {
    return dev.probe.core.domain.Difficulty.valueOf(difficulty).label();
  }
}
