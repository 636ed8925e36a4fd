package dev.probe.scraper;

import dev.probe.core.domain.Achievement;
import dev.probe.core.domain.ChartRef;
import dev.probe.core.domain.Difficulty;
import dev.probe.core.domain.DxScore;
import dev.probe.core.domain.PlayResult;
import dev.probe.core.domain.Rank;
import dev.probe.core.domain.Region;
import dev.probe.core.domain.page.RecordEntry;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * One play as the record list and the top of its detail page show it (MAIMAI-NET-PAGES §7). Every
 * field that has a fixed place is required; only marks whose absence is itself a value (NEW RECORD,
 * the 1st–4th place, VS) are optional. Values that can be checked against each other are: the idx
 * second against the shown minute, the rank against the achievement, the stars against the DX
 * score.
 */
final class RecordEntryReader {

  private static final Pattern TRACK = Pattern.compile("(?:TRACK|曲目)\\s*(\\d{1,2})");
  private static final Pattern IDX = Pattern.compile("(\\d{1,2})(?:,(\\d{1,12}))?");

  private final String kind;
  private final Region region;
  private final Map<String, String[]> tokenCache = new HashMap<>();

  RecordEntryReader(String kind, Region region) {
    this.kind = kind;
    this.region = region;
  }

  /**
   * Reads the play whose top container is {@code top}.
   *
   * @param idx the play's detail idx ({@code slot,unixseconds} or an old bare slot); null when the
   *     page has none (the play's time is then the shown minute)
   */
  RecordEntry read(Element top, String idx, int number) {
    String where = "play " + number;
    RecordParts parts = RecordParts.ofTop(top, tokenCache);
    Difficulty difficulty = difficulty(parts, where);
    Element container = container(top, difficulty, where);
    parts.withContainer(container);
    Element sub = required(parts.subTitle, where + " has no track/date");
    Element firstSpan = null;
    Element lastSpan = null;
    for (Element e = sub; e != null; e = Scan.next(sub, e)) {
      if (e.nameIs("span")) {
        firstSpan = firstSpan == null ? e : firstSpan;
        lastSpan = e;
      }
    }
    if (firstSpan == null || firstSpan == lastSpan) {
      throw Pages.unreadable(kind, where + " has no track or no date");
    }
    Matcher track = TRACK.matcher(Texts.trimAscii(firstSpan.text()));
    if (!track.matches()) {
      throw Pages.unreadable(kind, where + " has no track number");
    }
    LocalDateTime shown = Texts.minute(lastSpan.text());
    if (shown == null) {
      throw Pages.unreadable(kind, where + " has no play time");
    }
    Instant playedAt = playedAt(idx, shown, where);
    ChartRef chart = new PlaylogChartReader(kind).chart(parts, difficulty, where);
    required(parts.result, where + " no result");
    int achievement = achievement(parts, chart, where);
    Element inner = required(parts.inner, where + " no score");
    required(parts.scoreBlock, where + " no DX score");
    DxScore dx = dxScore(parts, where);
    int stars = stars(parts, dx, where);
    Rank rank = rank(parts, achievement, chart, where);
    PlayResult playResult =
        new PlayResult(
            new Achievement(achievement),
            rank,
            dx,
            PlaylogIcons.combo(inner, kind, where),
            PlaylogIcons.sync(inner, kind, where));
    if (playResult.combo().isAllPerfect() && !chart.isUtage() && achievement < 1_005_000) {
      throw Pages.unreadable(kind, where + " shows an ALL PERFECT below 100.5%");
    }
    Element vs = parts.vs;
    Element vsResult = parts.vsResult;
    return new RecordEntry(
        Integer.parseInt(track.group(1)),
        shown,
        playedAt,
        idx == null ? "" : idx,
        chart,
        playResult,
        stars,
        parts.achievementNewRecord != null,
        parts.dxNewRecord != null,
        PlaylogIcons.place(parts.matching, kind, where),
        vs == null ? "" : PlaylogIcons.vsKind(vs, kind, where),
        vsResult != null && Icons.name(vsResult).equals("win"));
  }

  private Difficulty difficulty(RecordParts parts, String where) {
    Element img = required(parts.diff, where + " no difficulty");
    String name = Icons.name(img);
    if (!name.startsWith("diff_")) {
      throw Pages.unreadable(kind, where + " has an unknown difficulty icon");
    }
    return Difficulty.ofNetName(name.substring(5))
        .orElseThrow(() -> Pages.unreadable(kind, where + " has an unknown difficulty " + name));
  }

  /** The {@code playlog_<diff>_container} next to the top container; it must agree on the diff. */
  private Element container(Element top, Difficulty difficulty, String where) {
    Element wrapper = top.parent();
    Element found = null;
    for (Element sibling : wrapper.children()) {
      if (sibling.hasClass("playlog_" + difficulty.netName() + "_container")) {
        if (found != null) {
          throw Pages.unreadable(kind, where + " has two result containers");
        }
        found = sibling;
      }
    }
    return required(found, where + " has no result container matching its difficulty");
  }

  private Instant playedAt(String idx, LocalDateTime shown, String where) {
    Instant minute = shown.toInstant(region.zone());
    if (idx == null) {
      return minute;
    }
    Matcher m = IDX.matcher(idx);
    if (!m.matches() || Integer.parseInt(m.group(1)) > 49) {
      throw Pages.unreadable(kind, where + " has a malformed detail idx");
    }
    if (m.group(2) == null) {
      return minute; // old pages: the idx is only a ring slot
    }
    long epoch = Long.parseLong(m.group(2));
    long offset = epoch - minute.getEpochSecond();
    if (offset < 0 || offset >= 60) {
      throw Pages.unreadable(kind, where + "'s idx time does not fall in its shown minute");
    }
    return Instant.ofEpochSecond(epoch);
  }

  private int achievement(RecordParts parts, ChartRef chart, String where) {
    Element txt = required(parts.achievementTxt, where + " no score");
    int value = Texts.achievement(txt.text());
    boolean buddy = chart.isUtage() && chart.utageKind().equals("Buddy");
    int max = buddy ? Achievement.MAX_UTAGE : Achievement.MAX_NORMAL;
    if (value < 0 || value > max) {
      throw Pages.unreadable(kind, where + " has no valid achievement");
    }
    return value;
  }

  private Rank rank(RecordParts parts, int achievement, ChartRef chart, String where) {
    Element img = required(parts.scoreRank, where + " no rank");
    Rank rank =
        Rank.ofIconName(Icons.name(img))
            .orElseThrow(() -> Pages.unreadable(kind, where + " has an unknown rank icon"));
    if (!chart.isUtage() && rank != Rank.of(new Achievement(achievement))) {
      throw Pages.unreadable(kind, where + "'s rank icon does not match its achievement");
    }
    return rank;
  }

  private DxScore dxScore(RecordParts parts, String where) {
    Element white = required(parts.white, where + " no DX score");
    int[] pair = Texts.pair(white.text());
    if (pair == null || pair[0] < 0 || pair[1] <= 0 || pair[0] > pair[1] || pair[1] % 3 != 0) {
      throw Pages.unreadable(kind, where + " has no valid DX score");
    }
    return new DxScore(pair[0], pair[1]);
  }

  private int stars(RecordParts parts, DxScore dx, String where) {
    Element star = parts.star;
    int stars = star == null ? 0 : PlaylogIcons.starCount(Icons.name(star), kind, where);
    if (stars != dx.stars()) {
      throw Pages.unreadable(kind, where + "'s DX stars do not match its DX score");
    }
    return stars;
  }

  private <T> T required(T value, String what) {
    if (value == null) {
      throw Pages.unreadable(kind, what);
    }
    return value;
  }
}
