package dev.probe.scraper;

import dev.probe.core.domain.Achievement;
import dev.probe.core.domain.Rank;
import java.util.Random;

/**
 * SYNTHETIC: a full-catalogue score list (musicGenre search, genre=99, MASTER, layout A, intl) of
 * about 1,400 charts and 1.4 MB, written from MAIMAI-NET-PAGES.md §3 and §9 for benchmarks. No
 * saved page is that large. Deterministic: the same seed gives the same bytes.
 */
public final class SyntheticCatalogue {

  public static final int ENTRIES = 1_400;
  private static final String BASE = "https://maimaidx-eng.com/maimai-mobile/";
  private static final String[] GENRES = {
    "POPS＆ANIME", "niconico＆VOCALOID™", "東方Project", "GAME＆VARIETY", "maimai", "オンゲキ＆CHUNITHM"
  };
  private static final String[] SYNC = {"back", "back", "sync", "fs", "fsp", "fdx", "fdxp"};
  private static final String TOKEN =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

  private SyntheticCatalogue() {}

  public static String html() {
    Random random = new Random(1400);
    StringBuilder sb = new StringBuilder(1_500_000);
    sb.append("<!-- SYNTHETIC page written from MAIMAI-NET-PAGES.md §3 and §9: a full-catalogue")
        .append(" score list for benchmarks. Not a saved NET page. -->\n<!DOCTYPE html>\n")
        .append("<html lang=\"en\">\n<head>\n\t<meta charset=\"UTF-8\" />\n")
        .append("\t<title>maimai DX NET－Song Scores－</title>\n</head>\n<body>\n")
        .append("<div class=\"wrapper main_wrapper t_c\">\n\t<header class=\"f_0\"></header>\n")
        .append("\t<img src=\"" + BASE + "img/title_music.png\" class=\"title m_10\"/>\n")
        .append("\t<table class=\"music_scorelist_table f_0\"><tr><td><img src=\"" + BASE)
        .append(
            "img/music_icon_clear.png\"/></td><td>"
                + ENTRIES
                + "/"
                + ENTRIES
                + "</td></tr></table>\n");
    for (int i = 0; i < ENTRIES; i++) {
      if (i % (ENTRIES / GENRES.length + 1) == 0) {
        sb.append("\t<div class=\"screw_block m_15 f_15 p_s\">")
            .append(GENRES[i / (ENTRIES / GENRES.length + 1)])
            .append("</div>\n");
      }
      entry(sb, i, random);
    }
    sb.append("\t<footer class=\"f_0\"></footer>\n</div>\n</body>\n</html>\n");
    return sb.toString();
  }

  private static void entry(StringBuilder sb, int i, Random random) {
    boolean played = random.nextInt(10) < 7;
    int level = 7 + random.nextInt(8);
    sb.append(
            "\t<div class=\"w_450 m_15 p_r f_0\">\n\t\t<div class=\"music_master_score_back pointer p_3\">\n")
        .append(
            "\t\t\t<form action=\""
                + BASE
                + "record/musicDetail/\" method=\"get\" accept-charset=\"utf-8\">\n")
        .append("\t\t\t\t<img src=\"" + BASE + "img/diff_master.png\" class=\"h_20 f_l\"/>\n")
        .append("\t\t\t\t<div class=\"clearfix\"></div>\n")
        .append("\t\t\t\t<div class=\"music_lv_block f_r t_c f_14\">")
        .append(level)
        .append(random.nextBoolean() ? "+" : "")
        .append("</div>\n\t\t\t\t<div class=\"music_name_block t_l f_13 break\">")
        .append(i % 97 == 0 ? "\u3000" : "合成ソング No." + i)
        .append("</div>\n");
    if (played) {
      int value = 700_000 + random.nextInt(310_001);
      Achievement a = new Achievement(value);
      int max = 3 * (200 + random.nextInt(600));
      int score = max * (50 + random.nextInt(51)) / 100;
      String fc =
          value >= 1_005_000 && random.nextBoolean() ? "ap" : random.nextBoolean() ? "fc" : "back";
      sb.append("\t\t\t\t<div class=\"music_score_block w_112 t_r f_l f_12\">")
          .append(a.format())
          .append("%</div>\n\t\t\t\t<div class=\"music_score_block w_190 t_r f_l f_12\">\n")
          .append(
              "\t\t\t\t\t<img src=\""
                  + BASE
                  + "img/deluxscore.png\" class=\"v_b f_l\"/>\n\t\t\t\t\t")
          .append(String.format("%,d / %,d", score, max))
          .append("\n\t\t\t\t</div>\n");
      icon(sb, SYNC[random.nextInt(SYNC.length)]);
      icon(sb, fc);
      icon(sb, Rank.of(a).listKey());
    }
    sb.append(
        "\t\t\t\t<div class=\"clearfix\"></div>\n\t\t\t\t<input type=\"hidden\" name=\"idx\" value=\"");
    for (int k = 0; k < 172; k++) {
      sb.append(TOKEN.charAt(random.nextInt(TOKEN.length())));
    }
    sb.append("\" />\n\t\t\t</form>\n\t\t</div>\n\t\t<img src=\"" + BASE + "img/music_")
        .append(random.nextInt(3) == 0 ? "standard" : "dx")
        .append(".png\" class=\"music_kind_icon\"/>\n\t</div>\n");
  }

  private static void icon(StringBuilder sb, String name) {
    sb.append("\t\t\t\t<img src=\"" + BASE + "img/music_icon_")
        .append(name)
        .append(".png?ver=1.60\" class=\"h_30 f_r\"/>\n");
  }
}
