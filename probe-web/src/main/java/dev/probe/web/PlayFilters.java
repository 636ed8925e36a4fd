package dev.probe.web;

import dev.probe.core.domain.ChartId;
import dev.probe.core.domain.ChartType;
import dev.probe.core.domain.ComboFlag;
import dev.probe.core.domain.Difficulty;
import dev.probe.core.domain.PlayFilter;
import dev.probe.core.domain.ProbeException;
import dev.probe.core.domain.Rank;
import dev.probe.core.domain.SyncFlag;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * The play list's filters as the query string carries them ({@code chart}, {@code q}, {@code
 * difficulty}, {@code type}, {@code level}, {@code from}, {@code to}, {@code rank}, {@code combo},
 * {@code sync}, {@code new}); every malformed value is a 400 that names it.
 */
record PlayFilters(
    String chart,
    String q,
    String difficulty,
    String type,
    String level,
    String from,
    String to,
    String rank,
    String combo,
    String sync,
    boolean newOnly) {

  static PlayFilters read(Call call) {
    return new PlayFilters(
        call.query("chart").orElse(""),
        call.query("q").orElse(""),
        call.enumQuery("difficulty", Difficulty.class).map(Enum::name).orElse(""),
        call.enumQuery("type", ChartType.class).map(Enum::name).orElse(""),
        level(call),
        call.dateQuery("from").map(LocalDate::toString).orElse(""),
        call.dateQuery("to").map(LocalDate::toString).orElse(""),
        rank(call),
        call.enumQuery("combo", ComboFlag.class).map(Enum::name).orElse(""),
        call.enumQuery("sync", SyncFlag.class).map(Enum::name).orElse(""),
        call.query("new")
            .map(v -> v.equals("1") || v.equalsIgnoreCase("true") || v.equals("on"))
            .orElse(false));
  }

  /** The core's filter; dates are whole days in the player's region, {@code to} included. */
  PlayFilter toFilter(ZoneOffset zone) {
    Instant fromAt = from.isEmpty() ? null : LocalDate.parse(from).atStartOfDay().toInstant(zone);
    Instant toAt =
        to.isEmpty() ? null : LocalDate.parse(to).plusDays(1).atStartOfDay().toInstant(zone);
    return new PlayFilter(
        chart.isEmpty() ? null : ChartId.parse(chart),
        q,
        difficulty.isEmpty() ? null : Difficulty.valueOf(difficulty),
        type.isEmpty() ? null : ChartType.valueOf(type),
        level,
        fromAt,
        toAt,
        rank.isEmpty() ? null : Rank.valueOf(rank),
        combo.isEmpty() ? null : ComboFlag.valueOf(combo),
        sync.isEmpty() ? null : SyncFlag.valueOf(sync),
        newOnly);
  }

  private static String level(Call call) {
    String level = call.query("level").orElse("");
    if (!level.isEmpty() && !level.matches("\\d{1,2}\\+?\\??")) {
      throw ProbeException.invalid("level is a label like 13 or 13+: '" + level + "'");
    }
    return level;
  }

  private static String rank(Call call) {
    String r = call.query("rank").orElse("");
    if (r.isEmpty()) {
      return "";
    }
    return Rank.ofLabel(r.toUpperCase(Locale.ROOT))
        .map(Enum::name)
        .orElseGet(() -> call.enumQuery("rank", Rank.class).orElseThrow().name());
  }
}
