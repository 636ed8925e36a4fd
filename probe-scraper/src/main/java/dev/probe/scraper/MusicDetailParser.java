package dev.probe.scraper;

import dev.probe.core.domain.Achievement;
import dev.probe.core.domain.ChartRef;
import dev.probe.core.domain.ChartType;
import dev.probe.core.domain.ComboFlag;
import dev.probe.core.domain.Difficulty;
import dev.probe.core.domain.DxScore;
import dev.probe.core.domain.PlayResult;
import dev.probe.core.domain.Rank;
import dev.probe.core.domain.Region;
import dev.probe.core.domain.SyncFlag;
import dev.probe.core.domain.page.MusicDetailChart;
import dev.probe.core.domain.page.MusicDetailPage;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * {@code /record/musicDetail/} (§10): one song of one chart type. The table names every difficulty
 * the song has; a block {@code div#<diff>} exists only for played ones and gives [rank, FC, sync],
 * last played date, play count, achievement and DX score.
 */
final class MusicDetailParser {

  static final String KIND = "music detail page";

  private MusicDetailParser() {}

  static MusicDetailPage parse(Element main, Region region) {
    Element header = null;
    for (Element block : main.getElementsByClass("basic_block")) {
      if (Scan.firstWithClass(block, "blue") != null) {
        header = block;
        break;
      }
    }
    if (header == null) {
      throw Pages.unreadable(KIND, "it has no song header");
    }
    Element genreDiv = Scan.firstWithClass(header, "blue");
    Element kindImg = Scan.firstTag(genreDiv, "img");
    ChartType type =
        new PlaylogChartReader(KIND)
            .chartType(kindImg == null ? "" : Icons.name(kindImg), "the song");
    Element title = header.selectFirst("div.m_5.f_15.break");
    Element artist = header.selectFirst("div.m_5.f_12.break");
    Element jacket = header.selectFirst("img.w_180");
    String titleText = title == null ? "" : Texts.ownText(title);
    if (titleText.isEmpty() || artist == null) {
      throw Pages.unreadable(KIND, "it has no title or no artist line");
    }
    Element table = main.selectFirst("table.music_detail_table");
    if (table == null) {
      throw Pages.unreadable(KIND, "it has no difficulty table");
    }
    List<MusicDetailChart> charts = new ArrayList<>();
    for (Element tr : table.getElementsByTag("tr")) {
      charts.add(chart(main, tr, titleText, type));
    }
    if (charts.isEmpty()) {
      throw Pages.unreadable(KIND, "its difficulty table is empty");
    }
    return new MusicDetailPage(
        region,
        titleText,
        Texts.ownText(artist),
        Texts.ownText(genreDiv),
        type,
        jacket == null ? "" : Icons.name(jacket),
        charts);
  }

  private static MusicDetailChart chart(Element main, Element tr, String title, ChartType type) {
    Element diffInput = tr.selectFirst("input[name=diff]");
    Element lv = Scan.firstWithClass(tr, "music_lv_back");
    Difficulty difficulty =
        diffInput == null
            ? null
            : Difficulty.ofNetIndex(Texts.firstNumber(diffInput.attr("value"))).orElse(null);
    if (difficulty == null || lv == null) {
      throw Pages.unreadable(KIND, "a difficulty row has no difficulty or no level");
    }
    String level = Texts.trimAscii(lv.text());
    Element cell = tr.selectFirst("td.t_l");
    List<String> icons = cell == null ? List.of() : Icons.namesIn(cell);
    boolean playedInTable = !icons.isEmpty() && !icons.get(0).equals("music_icon_blank");
    Element block = main.getElementById(difficulty.netName());
    if (block == null) {
      if (playedInTable) {
        throw Pages.unreadable(KIND, difficulty + " is ranked but has no score block");
      }
      return new MusicDetailChart(difficulty, level, null, null, 0);
    }
    ChartRef chart = ChartRef.of(title, type, difficulty, level);
    return played(block, chart, level);
  }

  private static MusicDetailChart played(Element block, ChartRef chart, String level) {
    String where = chart.difficulty().name();
    Element icons = block.selectFirst("div.t_r.f_r");
    List<String> names = icons == null ? List.of() : Icons.namesIn(icons);
    Element rows = block.selectFirst("table.collapse");
    Element achievementDiv = block.selectFirst("div.music_score_block.w_120");
    Element dxDiv = block.selectFirst("div.music_score_block.w_310");
    if (names.size() != 3 || rows == null || achievementDiv == null || dxDiv == null) {
      throw Pages.unreadable(KIND, where + "'s score block is incomplete");
    }
    List<Element> trs = rows.getElementsByTag("tr");
    LocalDateTime last = trs.isEmpty() ? null : Texts.minute(trs.get(0).text());
    int playCount = trs.size() < 2 ? -1 : Texts.firstNumber(trs.get(1).select("td").last().text());
    int achievement = Texts.achievement(achievementDiv.text());
    int[] dx = Texts.pair(dxDiv.text());
    if (last == null || playCount < 1 || achievement < 0 || dx == null || dx[0] > dx[1]) {
      throw Pages.unreadable(KIND, where + "'s date, play count or score is missing");
    }
    Rank rank =
        new ScoreEntryReader(KIND, false).rank(strip(names.get(0)), achievement, chart, where);
    ComboFlag combo = ComboFlag.ofIconName(strip(names.get(1))).orElse(null);
    SyncFlag sync = SyncFlag.ofIconName(strip(names.get(2))).orElse(null);
    if (combo == null || sync == null || achievement > Achievement.MAX_UTAGE) {
      throw Pages.unreadable(KIND, where + " has icons out of the [rank, FC, sync] order");
    }
    DxScore dxScore = new DxScore(dx[0], dx[1]);
    return new MusicDetailChart(
        chart.difficulty(),
        level,
        new PlayResult(new Achievement(achievement), rank, dxScore, combo, sync),
        last,
        playCount);
  }

  private static String strip(String name) {
    return name.startsWith("music_icon_") ? name.substring("music_icon_".length()) : "";
  }
}
