package dev.probe.scraper;

/** SYNTHETIC user blocks written from MAIMAI-NET-PAGES §4 (compact markup, as servers send). */
final class UserBlocks {

  private UserBlocks() {}

  static String intl() {
    return block("https://maimaidx-eng.com/maimai-mobile/", "ＰＲＯＢＥ", "14291", "gold", "1,234");
  }

  static String block(String base, String name, String rating, String frame, String stars) {
    return "<div class=\"see_through_block m_15 m_t_0 p_10 t_l f_0 p_r\"><div class=\"basic_block p_10 f_0\">"
        + "<img loading=\"lazy\" src=\""
        + base
        + "img/Icon/0123456789abcdef.png\" class=\"w_112 f_l\"/>"
        + "<div class=\"p_l_10 f_l\"><div class=\"trophy_block trophy_Silver p_3 t_c f_0\"><div class=\"trophy_inner_block f_13\"><span>シンセティック</span></div></div>"
        + "<div class=\"m_b_5\"><div class=\"name_block f_l f_16\">"
        + name
        + "</div><div class=\"f_r t_r f_0\"><div class=\"p_r p_3\">"
        + "<img src=\""
        + base
        + "img/rating_base_"
        + frame
        + ".png?ver=1.60\" class=\"h_30 f_r\"/><div class=\"rating_block\">"
        + rating
        + "</div></div></div><div class=\"clearfix\"></div></div>"
        + "<img src=\""
        + base
        + "img/line_01.png\" class=\"user_data_block_line\"/><div class=\"clearfix\"></div>"
        + "<img src=\""
        + base
        + "img/course/course_rank_00Synthetic.png\" class=\"h_35 f_l\"/>"
        + "<img src=\""
        + base
        + "img/class/class_rank_s_00Synthetic.png\" class=\"p_l_10 h_35 f_l\"/>"
        + "<div class=\"p_l_10 f_l f_14\"><img src=\""
        + base
        + "img/icon_star.png\" class=\"h_30 m_3 v_m\"/>×"
        + stars
        + "</div>"
        + "</div><div class=\"clearfix\"></div></div></div>\n";
  }
}
