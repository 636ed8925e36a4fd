package dev.probe.scraper.fake;

import java.util.List;

/**
 * Synthetic pages of the SEGA ID login for probe's tests, written from MAIMAI-NET-PAGES §2.2–2.3
 * and the login flows of public clients: the gateway's form, JP NET's form, the Aime card list and
 * a home page. Only the parts a login reads are real in shape; the rest is left out.
 */
final class FakeSegaPages {

  private FakeSegaPages() {}

  static String gatewayForm(String submit, boolean refused) {
    return page(
        "SEGA ID login",
        (refused ? "<p class=\"error\">The SEGA ID or password is incorrect.</p>" : "")
            + "<form action=\""
            + submit
            + "\" method=\"post\"><input type=\"text\" name=\"sid\">"
            + "<input type=\"password\" name=\"password\">"
            + "<input type=\"hidden\" name=\"retention\" value=\"1\">"
            + "<button type=\"submit\">Login</button></form>");
  }

  static String jpForm(String token) {
    return page(
        "maimai DX NET",
        "<form action=\"submit/\" method=\"post\"><input type=\"text\" name=\"segaId\">"
            + "<input type=\"password\" name=\"password\">"
            + "<input type=\"checkbox\" name=\"save_cookie\">"
            + "<input type=\"hidden\" name=\"token\" value=\""
            + token
            + "\"><button type=\"submit\">ログイン</button></form>");
  }

  static String cardList(List<String> names) {
    StringBuilder cards = new StringBuilder();
    for (int i = 0; i < names.size(); i++) {
      cards
          .append("<div class=\"see_through_block m_10 p_10 t_l f_0\">")
          .append("<div class=\"name_block f_l f_16\">")
          .append(names.get(i))
          .append("</div><form action=\"https://maimaidx.jp/maimai-mobile/aimeList/submit/\"")
          .append(" method=\"get\"><input type=\"hidden\" name=\"idx\" value=\"")
          .append(i)
          .append("\"><button type=\"submit\">選択</button></form></div>");
    }
    return page("Aime選択", cards.toString());
  }

  static String home(String name) {
    return page(
        "maimai DX NET",
        "<div class=\"see_through_block m_15 p_10 t_l f_0\"><div class=\"basic_block p_10 f_0\">"
            + "<div class=\"name_block t_l f_l f_16 underline\">"
            + name
            + "</div></div></div>");
  }

  static String error(String code) {
    return page(
        "error",
        "<div class=\"container_red p_10\"><div class=\"p_5 f_14\">ERROR CODE："
            + code
            + "</div><div class=\"p_5 f_12 gray break\">Please log in again.</div></div>");
  }

  private static String page(String title, String body) {
    return "<!DOCTYPE html><html><head><meta charset=\"UTF-8\"><title>"
        + title
        + "</title></head>\n<!-- synthetic page for probe's tests -->\n"
        + "<body><div class=\"wrapper main_wrapper t_c\"><header></header>"
        + body
        + "<footer></footer></div></body></html>";
  }
}
