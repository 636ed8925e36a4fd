package dev.probe.scraper;

import dev.probe.core.domain.Achievement;
import dev.probe.core.domain.ChartRef;
import dev.probe.core.domain.ChartType;
import dev.probe.core.domain.ComboFlag;
import dev.probe.core.domain.Difficulty;
import dev.probe.core.domain.DxScore;
import dev.probe.core.domain.PlayResult;
import dev.probe.core.domain.Rank;
import dev.probe.core.domain.SyncFlag;
import dev.probe.core.domain.page.ScoreEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * One chart of a score list or rating-target list (§9, §11). Layout A puts the chart-type icon
 * after the score block, layout B inside the form; both are read by class, never by position. The
 * three icons of a played chart come as [sync, FC, rank].
 */
final class ScoreEntryReader {

  private static final Pattern LEVEL = Pattern.compile("\\d{1,2}\\+?\\??");
  private static final Pattern UTAGE_PREFIX = Pattern.compile("\\[(.{1,2}?)\\].*");
  private static final Set<String> SYNC =
      Set.of("back", "sync", "fs", "fsp", "fdx", "fdxp", "fsd", "fsdp");
  private static final Set<String> COMBO = Set.of("back", "fc", "fcp", "ap", "app");

  private final String kind;
  private final boolean ratingTarget;

  /**
   * @param ratingTarget whether entries are ratingTargetMusic ones: achievement and rank only
   */
  ScoreEntryReader(String kind, boolean ratingTarget) {
    this.kind = kind;
    this.ratingTarget = ratingTarget;
  }

  /** The difficulty named by the {@code music_<diff>_score_back} class; null when not an entry. */
  static Difficulty difficultyOf(Element back) {
    for (String cls : back.classNames()) {
      if (cls.startsWith("music_") && cls.endsWith("_score_back")) {
        return Difficulty.ofNetName(cls.substring(6, cls.length() - 11)).orElse(null);
      }
    }
    return null;
  }

  static Element form(Element back) {
    return Scan.first(
        back, e -> e.nameIs("form") && e.attr("action").endsWith("/record/musicDetail/"));
  }

  ScoreEntry read(Element back, Element form, Difficulty difficulty, String genre, int number) {
    String where = "entry " + number;
    Element diffImg = Scan.firstWithClass(form, "h_20");
    if (diffImg == null || !Icons.name(diffImg).equals("diff_" + difficulty.netName())) {
      throw Pages.unreadable(kind, where + "'s difficulty icon does not match its frame");
    }
    Element lv = Scan.firstWithClass(form, "music_lv_block");
    Element name = Scan.firstWithClass(form, "music_name_block");
    if (lv == null || name == null) {
      throw Pages.unreadable(kind, where + " has no level or no title");
    }
    String level = Texts.trimAscii(lv.text());
    String title = Texts.ownText(name);
    if (!LEVEL.matcher(level).matches() || title.isEmpty()) {
      throw Pages.unreadable(kind, where + " has a malformed level or no title");
    }
    Element kindIcon = kindIcon(back, form, where);
    String kindName = Icons.name(kindIcon);
    ChartRef chart;
    if (difficulty == Difficulty.UTAGE) {
      if (!kindName.equals("music_utage") && !kindName.equals("music_utage_buddy")) {
        throw Pages.unreadable(kind, where + " is a U·TA·GE chart without the U·TA·GE icon");
      }
      chart =
          new ChartRef(
              title, ChartType.DX, difficulty, level, "", genre, utageKind(kindName, title));
    } else {
      chart = new ChartRef(title, chartType(kindName, where), difficulty, level, "", genre, "");
    }
    Element idx = Scan.idxInput(form);
    return new ScoreEntry(chart, result(form, chart, where), idx == null ? "" : idx.attr("value"));
  }

  private Element kindIcon(Element back, Element form, String where) {
    Element inForm = Scan.firstWithClass(form, "music_kind_icon");
    if (inForm != null) {
      return inForm;
    }
    Element wrapper = back.parent();
    for (Element sibling : wrapper.children()) {
      if (sibling.hasClass("music_kind_icon")) {
        return sibling;
      }
    }
    throw Pages.unreadable(kind, where + " has no chart type icon");
  }

  private ChartType chartType(String name, String where) {
    if (name.equals("music_dx")) {
      return ChartType.DX;
    }
    if (name.equals("music_standard")) {
      return ChartType.STD;
    }
    throw Pages.unreadable(kind, where + " has an unknown chart type icon");
  }

  private static String utageKind(String iconName, String title) {
    if (iconName.equals("music_utage_buddy")) {
      return "Buddy";
    }
    Matcher m = UTAGE_PREFIX.matcher(title);
    return m.matches() ? m.group(1) : "";
  }

  /** Null when unplayed (no score block, no icons); everything or nothing otherwise. */
  private PlayResult result(Element form, ChartRef chart, String where) {
    if (ratingTarget) {
      return ratingTargetResult(form, chart, where);
    }
    List<Element> scores = new ArrayList<>(2);
    List<String> icons = new ArrayList<>(3);
    for (Element e = form; e != null; e = Scan.next(form, e)) {
      if (e.nameIs("img")) {
        String n = Icons.name(e);
        if (n.startsWith("music_icon_") && !n.startsWith("music_icon_dxstar")) {
          icons.add(n.substring("music_icon_".length()));
        }
      } else if (e.hasClass("music_score_block")) {
        scores.add(e);
      }
    }
    if (scores.isEmpty() && icons.isEmpty()) {
      return null;
    }
    if (scores.size() != 2 || icons.size() != 3) {
      throw Pages.unreadable(kind, where + " shows a score only in part");
    }
    int achievement = Texts.achievement(scores.get(0).text());
    // Only a Buddy chart shows two players' sum; one player cannot pass 101%.
    boolean buddy = chart.isUtage() && chart.utageKind().equals("Buddy");
    int max = buddy ? Achievement.MAX_UTAGE : Achievement.MAX_NORMAL;
    int[] dx = Texts.pair(scores.get(1).text());
    if (achievement < 0
        || achievement > max
        || dx == null
        || dx[0] < 0
        || dx[1] <= 0
        || dx[0] > dx[1]
        || dx[1] % 3 != 0) {
      throw Pages.unreadable(kind, where + " has no valid achievement or DX score");
    }
    if (!SYNC.contains(icons.get(0)) || !COMBO.contains(icons.get(1))) {
      throw Pages.unreadable(kind, where + " has its icons out of the [sync, FC, rank] order");
    }
    Rank rank = rank(icons.get(2), achievement, chart, where);
    ComboFlag combo = ComboFlag.ofIconName(icons.get(1)).orElseThrow();
    if (combo.isAllPerfect() && !chart.isUtage() && achievement < 1_005_000) {
      throw Pages.unreadable(kind, where + " shows an ALL PERFECT below 100.5%");
    }
    return new PlayResult(
        new Achievement(achievement),
        rank,
        new DxScore(dx[0], dx[1]),
        combo,
        SyncFlag.ofIconName(icons.get(0)).orElseThrow());
  }

  /** {@code div.music_score_block.w_150}: "100.2307%" and the rank image; no DX score, no flags. */
  private PlayResult ratingTargetResult(Element form, ChartRef chart, String where) {
    List<Element> scores = form.getElementsByClass("music_score_block");
    if (scores.isEmpty()) {
      return null;
    }
    Element rankImg = Scan.firstWithClass(form, "ratingtarget_scorerank_img");
    int achievement = Texts.achievement(scores.get(0).text());
    String icon = rankImg == null ? "" : Icons.name(rankImg);
    if (scores.size() != 1
        || achievement < 0
        || achievement > Achievement.MAX_NORMAL
        || !icon.startsWith("music_icon_")) {
      throw Pages.unreadable(kind, where + " has no valid achievement or rank");
    }
    Rank rank = rank(icon.substring("music_icon_".length()), achievement, chart, where);
    return new PlayResult(
        new Achievement(achievement), rank, new DxScore(0, 0), ComboFlag.NONE, SyncFlag.NONE);
  }

  Rank rank(String iconName, int achievement, ChartRef chart, String where) {
    Rank rank =
        Rank.ofIconName(iconName)
            .orElseThrow(() -> Pages.unreadable(kind, where + " has an unknown rank icon"));
    if (!chart.isUtage() && rank != Rank.of(new Achievement(achievement))) {
      throw Pages.unreadable(kind, where + "'s rank icon does not match its achievement");
    }
    return rank;
  }
}
