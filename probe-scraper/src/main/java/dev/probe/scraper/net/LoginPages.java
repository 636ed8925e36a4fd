package dev.probe.scraper.net;

import dev.probe.core.domain.AimeCard;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** What the login reads from the pages it passes: form fields, the Aime cards, the player name. */
final class LoginPages {

  private LoginPages() {}

  /** The value of the form field {@code name} (a hidden input such as {@code token}). */
  static Optional<String> field(String html, String name) {
    Element input = Jsoup.parse(html).selectFirst("input[name=" + name + "]");
    return input == null ? Optional.empty() : Optional.of(input.attr("value"));
  }

  /**
   * The cards of JP NET's {@code aimeList/}: each is a form submitting to {@code aimeList/submit/}
   * with an {@code idx} field, inside a block that shows the player's {@code name_block}.
   */
  static List<AimeCard> cards(String html) {
    Document doc = Jsoup.parse(html);
    Map<Integer, AimeCard> cards = new LinkedHashMap<>();
    for (Element input : doc.select("form[action*=aimeList/submit] input[name=idx]")) {
      int index;
      try {
        index = Integer.parseInt(input.attr("value").trim());
      } catch (NumberFormatException e) {
        continue; // not a card NET could take back either
      }
      if (index >= 0 && !cards.containsKey(index)) {
        cards.put(index, new AimeCard(index, nameNear(input)));
      }
    }
    for (Element link : doc.select("a[href*=aimeList/submit]")) {
      String href = link.attr("href");
      int at = href.indexOf("idx=");
      if (at >= 0) {
        try {
          int index = Integer.parseInt(href.substring(at + 4).replaceAll("\\D.*$", ""));
          cards.putIfAbsent(index, new AimeCard(index, nameNear(link)));
        } catch (NumberFormatException e) {
          // a link without a number is not a card
        }
      }
    }
    return new ArrayList<>(cards.values());
  }

  /** The name NET shows in the user block of {@code home/}; "" when there is none. */
  static String playerName(String html) {
    Element name = Jsoup.parse(html).selectFirst("div.name_block");
    return name == null ? "" : name.text().strip();
  }

  /** Whether the page is NET's error page (a code in a red box) rather than data. */
  static boolean isErrorPage(String html) {
    Document doc = Jsoup.parse(html);
    return doc.selectFirst("img[src*=title_error]") != null
        || doc.selectFirst("div.container_red") != null;
  }

  /** The nearest enclosing block that shows a {@code name_block}. */
  private static String nameNear(Element from) {
    for (Element e = from; e != null; e = e.parent()) {
      Element name = e.selectFirst("div.name_block");
      if (name != null) {
        return name.text().strip();
      }
    }
    return "";
  }
}
