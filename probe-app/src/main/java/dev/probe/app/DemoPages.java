package dev.probe.app;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Synthetic CN NET pages for {@code probe serve --demo}, written from MAIMAI-NET-PAGES.md (§3, §4,
 * §6, §7, §8): a record list, play details and playerData. Every page says it is synthetic; no page
 * was saved from NET.
 */
final class DemoPages {
  static final String NET = "https://maimai.wahlap.com/maimai-mobile/";
  private static final String IMG = NET + "img/";
  static final ZoneOffset CN = ZoneOffset.ofHours(8);
  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm");
  private static final String[] COUNTERS = {
    "sssp",
    "app",
    "sss",
    "ap",
    "ssp",
    "fcp",
    "ss",
    "fc",
    "sp",
    "fdxp",
    "s",
    "fdx",
    "clear",
    "fsp",
    "dxstar_5",
    "fs",
    "dxstar_4",
    "sync",
    "dxstar_3",
    "dxstar_2",
    "dxstar_1"
  };

  /** One synthetic play: chart, time, result. */
  record DemoPlay(
      DemoCharts.DemoChart chart,
      long epoch,
      int slot,
      int track,
      int achievement,
      int dxScore,
      String rankIcon,
      String fcIcon,
      String syncIcon,
      boolean newRecord) {
    String idx() {
      return slot + "," + epoch;
    }
  }

  private DemoPages() {}

  static String shell(String titleImage, String body) {
    return "<!-- SYNTHETIC page made by probe's demo from MAIMAI-NET-PAGES.md; not a saved NET page -->\n"
        + "<!DOCTYPE html>\n<html lang=\"zh\"><head><meta charset=\"UTF-8\" />"
        + "<title>舞萌DX－浏览游戏数据－</title></head>\n<body><div class=\"wrapper main_wrapper t_c\">"
        + "<header class=\"f_0\"></header><img src=\""
        + IMG
        + titleImage
        + ".png\" class=\"title m_10\"/>"
        + body
        + "<footer class=\"f_0\"></footer></div></body>\n</html>\n";
  }

  static String userBlock(int rating, int stars) {
    return "<div class=\"see_through_block m_15 m_t_0 p_10 t_l f_0 p_r\"><div class=\"basic_block p_10 f_0\">"
        + "<img src=\""
        + IMG
        + "Icon/0123456789abcdef.png\" class=\"w_112 f_l\"/><div class=\"p_l_10 f_l\">"
        + "<div class=\"trophy_block trophy_Normal p_3 t_c f_0\"><div class=\"trophy_inner_block f_13\"><span>体验玩家</span></div></div>"
        + "<div class=\"m_b_5\"><div class=\"name_block f_l f_16\">ＤＥＭＯ</div><div class=\"f_r t_r f_0\"><div class=\"p_r p_3\">"
        + "<img src=\""
        + IMG
        + "rating_base_"
        + band(rating)
        + ".png?ver=1.50\" class=\"h_30 f_r\"/><div class=\"rating_block\">"
        + rating
        + "</div>"
        + "</div></div><div class=\"clearfix\"></div></div>"
        + "<img src=\""
        + IMG
        + "course/course_rank_00T7GHJvGe.png\" class=\"h_35 f_l\"/>"
        + "<img src=\""
        + IMG
        + "class/class_rank_s_00ZqZmdpb8.png\" class=\"p_l_10 h_35 f_l\"/>"
        + "<div class=\"p_l_10 f_l f_14\"><img src=\""
        + IMG
        + "icon_star.png\" class=\"h_30 m_3 v_m\"/>×"
        + stars
        + "</div>"
        + "</div><div class=\"clearfix\"></div></div></div>";
  }

  static String playerData(int rating, int versionPlays, int totalPlays, int clears) {
    StringBuilder counters = new StringBuilder();
    for (int i = 0; i < COUNTERS.length; i++) {
      counters
          .append(
              "<div class=\"musiccount_block t_r f_l f_0\"><div class=\"musiccount_img_block t_c f_l\"><img src=\"")
          .append(IMG)
          .append("music_icon_")
          .append(COUNTERS[i])
          .append(".png?ver=1.50\"/></div>")
          .append("<div class=\"musiccount_counter_block f_13\">")
          .append(Math.max(0, clears - i * 2))
          .append("/40</div></div>");
    }
    return shell(
        "title_player_data",
        userBlock(rating, 30 + totalPlays / 3)
            + "<div class=\"m_5 m_b_5 t_r f_12\">当前版本游戏次数："
            + versionPlays
            + "<br/>舞萌DX累计游戏次数："
            + totalPlays
            + "</div>"
            + counters);
  }

  static String recordPage(List<DemoPlay> newestFirst) {
    StringBuilder sb = new StringBuilder();
    for (DemoPlay p : newestFirst) {
      sb.append(entry(p, true));
    }
    return shell("title_playlog", sb.toString());
  }

  static String entry(DemoPlay p, boolean withForm) {
    DemoCharts.DemoChart c = p.chart();
    String diff = c.difficulty().netName();
    String shown = SHOWN.format(Instant.ofEpochSecond(p.epoch()).atOffset(CN));
    int stars = stars(p.dxScore(), c.maxDx());
    return "<div class=\"p_10 t_l f_0 v_b\"><div class=\"playlog_top_container p_r\">"
        + "<img src=\""
        + IMG
        + "diff_"
        + diff
        + ".png\" class=\"playlog_diff v_b\"/>"
        + "<div class=\"sub_title t_c f_r f_11\"><span class=\"red f_b v_b\">曲目 "
        + String.format("%02d", p.track())
        + "</span>　<span class=\"v_b\">"
        + shown
        + "</span></div><div class=\"clearfix\"></div></div>"
        + "<div class=\"playlog_"
        + diff
        + "_container\">"
        + "<div class=\"basic_block m_5 p_5 p_l_10 f_13 break\"><img src=\""
        + IMG
        + "playlog/clear.png\" class=\"w_80 f_r\"/>"
        + escape(c.title())
        + "</div><div class=\"p_r f_0\">"
        + "<img src=\""
        + IMG
        + "Music/00000000000000"
        + String.format("%02d", c.jacket())
        + ".png\" class=\"music_img m_5 m_r_0 f_l\"/>"
        + "<img src=\""
        + IMG
        + (c.dx() ? "music_dx" : "music_standard")
        + ".png\" class=\"playlog_music_kind_icon\"/>"
        + "<div class=\"playlog_result_block m_t_5 f_l\">"
        + (p.newRecord()
            ? "<img src=\""
                + IMG
                + "playlog/newrecord.png\" class=\"playlog_achievement_newrecord\"/>"
            : "")
        + "<div class=\"playlog_achievement_txt t_r\">"
        + p.achievement() / 10_000
        + "<span class=\"f_20\">."
        + String.format("%04d", p.achievement() % 10_000)
        + "%</span></div>"
        + "<img src=\""
        + IMG
        + "playlog/"
        + p.rankIcon()
        + ".png?ver=1.50\" class=\"playlog_scorerank\"/>"
        + "<div class=\"playlog_result_innerblock basic_block p_5 f_13\">"
        + "<div class=\"playlog_score_block"
        + (stars > 0 ? " playlog_score_block_star" : "")
        + " f_0\">"
        + "<div class=\"white p_r_5 f_15 f_r\">"
        + String.format("%,d / %,d", p.dxScore(), c.maxDx())
        + "</div>"
        + (stars > 0
            ? "<img src=\""
                + IMG
                + "playlog/dxstar_"
                + stars
                + ".png\" class=\"playlog_deluxscore_star\"/>"
            : "")
        + "</div><img src=\""
        + IMG
        + "playlog/"
        + p.fcIcon()
        + ".png?ver=1.50\" class=\"h_35 m_5 f_l\"/>"
        + "<img src=\""
        + IMG
        + "playlog/"
        + p.syncIcon()
        + ".png?ver=1.50\" class=\"h_35 m_5 f_l\"/>"
        + "<div class=\"clearfix\"></div></div>"
        + (withForm
            ? "<form action=\""
                + NET
                + "record/playlogDetail/\" method=\"get\" class=\"m_t_5 t_r\">"
                + "<input type=\"hidden\" name=\"idx\" value=\""
                + p.idx()
                + "\" /></form>"
            : "")
        + "<div class=\"clearfix\"></div></div></div><div class=\"clearfix\"></div></div></div>";
  }

  /**
   * The play's detail page: its entry again, then FAST/LATE, judgements, rating, combo and sync.
   */
  static String playDetail(DemoPlay p, int ratingAfter, int ratingChange) {
    int notes = p.chart().maxDx() / 3;
    int breaks = Math.max(1, notes / 20);
    int touch = p.chart().dx() ? notes / 20 : 0;
    int hold = notes / 10;
    int slide = notes / 10;
    int tap = notes - breaks - touch - hold - slide;
    int misses = p.fcIcon().equals("fc_dummy") ? 1 + (int) (p.epoch() % 5) : 0;
    String table =
        "<table class=\"playlog_notes_detail t_r f_l f_11 f_b\"><tr><th></th>"
            + head("criticalperfect")
            + head("perfect")
            + head("great")
            + head("good")
            + head("miss")
            + "</tr>"
            + row("tap", tap, misses)
            + row("hold", hold, 0)
            + row("slide", slide, 0)
            + (touch > 0
                ? row("touch", touch, 0)
                : "<tr><th><img src=\""
                    + IMG
                    + "playlog/touch.png\" /></th><td></td><td></td><td></td><td></td><td></td></tr>")
            + row("break", breaks, 0)
            + "</table>";
    String gray =
        "<div class=\"gray_block m_10 m_t_0 p_b_5 f_0\"><div class=\"playlog_fl_block m_5 f_r f_12\">"
            + "<div class=\"p_t_5\"><img src=\""
            + IMG
            + "playlog/fast.png\" />"
            + (p.epoch() % 23)
            + "</div>"
            + "<div class=\"p_t_5\"><img src=\""
            + IMG
            + "playlog/late.png\" />"
            + (p.epoch() % 17)
            + "</div></div>"
            + table
            + "<div class=\"playlog_rating_detail_block f_r\"><img src=\""
            + IMG
            + "rating_base_"
            + band(ratingAfter)
            + ".png\" />"
            + "<div class=\"rating_block\">"
            + ratingAfter
            + "</div><img src=\""
            + IMG
            + "playlog/rating_"
            + (ratingChange > 0 ? "up" : "keep")
            + ".png\" /><span>("
            + (ratingChange >= 0 ? "+" : "")
            + ratingChange
            + ")</span></div>"
            + "<div class=\"playlog_score_block m_5 p_5 f_r\"><img src=\""
            + IMG
            + "playlog/maxcombo.png\" /><div>"
            + (misses > 0 ? notes / 2 : notes)
            + "/"
            + notes
            + "</div></div>"
            + "<div class=\"playlog_score_block m_5 p_5 f_r\"><img src=\""
            + IMG
            + "playlog/maxsync.png\" /><div>―</div></div></div>";
    return shell(
        "title_playlog",
        "<div id=\"placeName\"><span>Demo Arcade</span></div>" + entry(p, false) + gray);
  }

  private static String head(String name) {
    return "<th><img src=\"" + IMG + "playlog/" + name + ".png\" /></th>";
  }

  private static String row(String type, int n, int miss) {
    int cp = Math.max(0, n - 3 - miss);
    return "<tr><th><img src=\""
        + IMG
        + "playlog/"
        + type
        + ".png\" /></th><td>"
        + cp
        + "</td><td>"
        + Math.min(2, n)
        + "</td><td>"
        + (n >= 3 ? 1 : 0)
        + "</td><td>0</td><td>"
        + miss
        + "</td></tr>";
  }

  static int stars(int score, int max) {
    int[] cut = {85, 90, 93, 95, 97};
    int s = 0;
    for (int t : cut) {
      if (100L * score >= (long) t * max) {
        s++;
      }
    }
    return s;
  }

  static String band(int rating) {
    return rating >= 15000
        ? "rainbow"
        : rating >= 14500
            ? "platinum"
            : rating >= 14000
                ? "gold"
                : rating >= 13000
                    ? "silver"
                    : rating >= 12000 ? "bronze" : rating >= 10000 ? "purple" : "red";
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
