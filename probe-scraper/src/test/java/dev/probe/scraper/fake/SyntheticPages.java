package dev.probe.scraper.fake;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Synthetic CN pages written from MAIMAI-NET-PAGES.md (§4, §6, §8, §12, §13) for the page kinds no
 * real page was saved of: playerData, play detail, album, error. Every page says it is synthetic.
 */
final class SyntheticPages {

  static final String IMG = "https://maimai.wahlap.com/maimai-mobile/img/";
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
  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm");

  private SyntheticPages() {}

  static String shell(String titleImage, String body) {
    return "<!DOCTYPE html>\n<html lang=\"zh\"><head><meta charset=\"UTF-8\" />"
        + "<title>舞萌DX－浏览游戏数据－</title></head>\n"
        + "<!-- synthetic page for probe's tests, written from MAIMAI-NET-PAGES.md -->\n"
        + "<body><div class=\"wrapper main_wrapper t_c\"><header class=\"f_0\"></header>"
        + "<img class=\"title m_10\" src=\""
        + IMG
        + titleImage
        + ".png\" />"
        + body
        + "<footer></footer></div></body>\n</html>\n";
  }

  static String userBlock() {
    return "<div class=\"see_through_block m_15 m_t_0 m_b_15 p_10 p_r t_l f_0\">"
        + "<div class=\"basic_block p_10 f_0\"><img src=\""
        + IMG
        + "Icon/0123456789abcdef.png\" class=\"w_112 f_l\" />"
        + "<div class=\"p_l_10 f_l\"><div class=\"trophy_block trophy_Normal p_3 t_c f_0\">"
        + "<div class=\"trophy_inner_block f_13\"><span>新人</span></div></div>"
        + "<div class=\"m_b_5\"><div class=\"name_block t_l f_l f_16 underline\">ＰＲＯＢＥ</div>"
        + "<div class=\"f_r t_r f_0\"><div class=\"p_r p_3\"><img src=\""
        + IMG
        + "rating_base_rainbow.png?ver=1.50\" class=\"h_30 f_r\" />"
        + "<div class=\"rating_block\">15123</div></div></div><div class=\"clearfix\"></div>"
        + "</div><img src=\""
        + IMG
        + "course/course_rank_00T7GHJvGe.png\" class=\"h_35 f_l\" /><img src=\""
        + IMG
        + "class/class_rank_s_01VFe8gl5z.png\" class=\"p_l_10 h_35 f_l\" />"
        + "<div class=\"p_l_10 f_l f_14\"><img src=\""
        + IMG
        + "icon_star.png\" class=\"h_30 m_3 v_m\" />×221</div></div>"
        + "<div class=\"clearfix\"></div></div>";
  }

  /** playerData with the two play counters; {@code total} is NET's credit counter. */
  static String playerData(int version, int total) {
    StringBuilder counters = new StringBuilder();
    for (String name : COUNTERS) {
      counters
          .append("<div class=\"musiccount_block t_l f_0\"><img src=\"")
          .append(IMG)
          .append("music_icon_")
          .append(name)
          .append(".png?ver=1.50\" class=\"h_30 m_r_5 f_l\" />")
          .append("<div class=\"musiccount_counter_block f_13\">12/5,562</div></div>");
    }
    return shell(
        "title_player_data",
        userBlock()
            + "<div class=\"m_5 m_b_5 t_r f_12\">当前版本游玩次数："
            + version
            + "<br />舞萌DX累计游玩次数："
            + String.format("%,d", total)
            + "</div></div>"
            + counters);
  }

  /** A play's detail page: its record entry (no form), then the detail block. */
  static String playDetail(Element entry) {
    String dx = entry.selectFirst("div.playlog_score_block div.white").text();
    int max = Integer.parseInt(dx.split("/")[1].replaceAll("\\D", ""));
    boolean isDx = entry.selectFirst("img[src*=music_dx]") != null;
    int notes = max / 3;
    int breaks = Math.max(1, notes / 20);
    int touch = isDx ? notes / 20 : 0;
    int hold = notes / 10;
    int slide = notes / 10;
    int tap = notes - breaks - touch - hold - slide;
    String table =
        "<table class=\"playlog_notes_detail t_r f_l f_11 f_b\"><tr><th></th>"
            + head("criticalperfect")
            + head("perfect")
            + head("great")
            + head("good")
            + head("miss")
            + "</tr>"
            + row("tap", tap)
            + row("hold", hold)
            + row("slide", slide)
            + (isDx ? row("touch", touch) : emptyRow("touch"))
            + row("break", breaks)
            + "</table>";
    String gray =
        "<div class=\"gray_block m_10 m_t_0 p_b_5 f_0\">"
            + "<div class=\"playlog_fl_block m_5 f_r f_12\"><div class=\"p_t_5\"><img src=\""
            + IMG
            + "playlog/fast.png\" />12</div><div class=\"p_t_5\"><img src=\""
            + IMG
            + "playlog/late.png\" />7</div></div>"
            + table
            + "<div class=\"playlog_rating_detail_block f_r\"><img src=\""
            + IMG
            + "rating_base_rainbow.png\" /><div class=\"rating_block\">15123</div><img src=\""
            + IMG
            + "playlog/rating_up.png\" /><span>(+3)</span></div>"
            + "<div class=\"playlog_score_block m_5 p_5 f_r\"><img src=\""
            + IMG
            + "playlog/maxcombo.png\" /><div>"
            + notes
            + "/"
            + notes
            + "</div></div><div class=\"playlog_score_block m_5 p_5 f_r\"><img src=\""
            + IMG
            + "playlog/maxsync.png\" /><div>―</div></div></div>";
    return shell("title_playlog", entry.outerHtml() + gray);
  }

  private static String head(String name) {
    return "<th><img src=\"" + IMG + "playlog/" + name + ".png\" /></th>";
  }

  private static String row(String type, int n) {
    int[] cells = n >= 2 ? new int[] {n - 2, 1, 1, 0, 0} : new int[] {n, 0, 0, 0, 0};
    StringBuilder sb =
        new StringBuilder("<tr><th><img src=\"" + IMG + "playlog/" + type + ".png\" /></th>");
    for (int c : cells) {
      sb.append("<td>").append(c).append("</td>");
    }
    return sb.append("</tr>").toString();
  }

  private static String emptyRow(String type) {
    return "<tr><th><img src=\""
        + IMG
        + "playlog/"
        + type
        + ".png\" /></th>"
        + "<td></td><td></td><td></td><td></td><td></td></tr>";
  }

  /** The album: one photo per given play (newest first), chart taken from its entry. */
  static String album(List<Element> entries, List<FakePlay> plays) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < plays.size(); i++) {
      Element e = entries.get(i);
      String diff =
          e.selectFirst("img.playlog_diff").attr("src").replaceAll(".*/diff_(\\w+)\\.png.*", "$1");
      String kind =
          e.selectFirst("img.playlog_music_kind_icon")
              .attr("src")
              .replaceAll(".*/(music_\\w+)\\.png.*", "$1");
      String title = e.selectFirst("div.basic_block").ownText();
      String shown =
          SHOWN.format(Instant.ofEpochSecond(plays.get(i).epoch()).atOffset(RecordTemplates.CN));
      sb.append("<div class=\"m_10 p_5 f_0\"><div class=\"music_")
          .append(diff)
          .append("_score_back p_r p_5\"><img src=\"")
          .append(IMG)
          .append(kind)
          .append(".png\" class=\"music_kind_icon\" /><div class=\"block_info\">")
          .append(shown)
          .append("</div><img src=\"")
          .append(IMG)
          .append("diff_")
          .append(diff)
          .append(".png\" class=\"h_16\" /><div class=\"black_block\">")
          .append(org.jsoup.nodes.Entities.escape(title))
          .append("</div><img src=\"")
          .append(IMG)
          .append("photo/user/")
          .append(String.format("%032x", plays.get(i).epoch()))
          .append("\" class=\"w_430\" /></div></div>");
    }
    return shell("title_photo", sb.toString());
  }

  /** NET's error page (§12); 200002 = the session has expired. */
  static String error(String code) {
    return shell(
        "title_error",
        "<div class=\"container_red p_10\"><div class=\"p_5 f_14\">错误码："
            + code
            + "</div><div class=\"p_5 f_12 gray break\">连接时间已过期。<br />请于稍后重新尝试。</div></div>");
  }

  static String maintenance() {
    return "<!DOCTYPE html><html lang=\"zh\"><head><title>maimai DX NET</title></head><body>"
        + "<!-- synthetic --><p>系统维护中 / ただいまメンテナンス中です</p></body></html>";
  }

  static String challenge() {
    return "<!DOCTYPE html><html><head><title>verify</title><script>"
        + "/* synthetic firewall check */ document.cookie='EO_Bot_Ssid=1';</script></head>"
        + "<body></body></html>";
  }
}
