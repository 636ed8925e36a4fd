package dev.probe.scraper;

import dev.probe.core.domain.Count;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** The numeric blocks of a play detail: FAST/LATE, rating change, max combo/sync, life. */
final class DetailCounters {

  private static final String KIND = PlayDetailParser.KIND;
  private static final Pattern CHANGE = Pattern.compile("\\(\\s*([+\\-－]?)\\s*(\\d{1,5})\\s*\\)");

  private DetailCounters() {}

  /** {@code div.playlog_fl_block}: one child with {@code fast.png}, one with {@code late.png}. */
  static int[] fastLate(Element gray) {
    Element block = Scan.firstWithClass(gray, "playlog_fl_block");
    if (block == null) {
      throw Pages.unreadable(KIND, "it shows no FAST/LATE counts");
    }
    int fast = -1;
    int late = -1;
    for (Element child : block.children()) {
      Element img = Scan.firstTag(child, "img");
      String name = img == null ? "" : Icons.name(img);
      if (name.equals("fast")) {
        fast = Texts.firstNumber(child.text());
      } else if (name.equals("late")) {
        late = Texts.firstNumber(child.text());
      }
    }
    if (fast < 0 || late < 0) {
      throw Pages.unreadable(KIND, "its FAST/LATE counts are incomplete");
    }
    return new int[] {fast, late};
  }

  /** Rating after the play and its change: {@code rating_block} and a span {@code (+12)}. */
  static int[] rating(Element gray) {
    Element block = Scan.firstWithClass(gray, "playlog_rating_detail_block");
    Element value = block == null ? null : Scan.firstWithClass(block, "rating_block");
    int after = value == null ? -1 : Texts.firstNumber(value.text());
    String arrow = "";
    int change = Integer.MIN_VALUE;
    if (block != null) {
      for (Element img : block.getElementsByTag("img")) {
        String name = Icons.name(img);
        if (name.startsWith("rating_") && !name.startsWith("rating_base_")) {
          arrow = name;
        }
      }
      for (Element span : block.getElementsByTag("span")) {
        Matcher m = CHANGE.matcher(span.text());
        if (m.find()) {
          int v = Integer.parseInt(m.group(2));
          change = m.group(1).isEmpty() || m.group(1).equals("+") ? v : -v;
        }
      }
    }
    if (arrow.equals("rating_keep") && change == Integer.MIN_VALUE) {
      change = 0;
    }
    boolean consistent =
        (arrow.equals("rating_up") && change > 0)
            || (arrow.equals("rating_keep") && change == 0)
            || (arrow.equals("rating_down") && change < 0 && change != Integer.MIN_VALUE);
    if (after < 0 || !consistent) {
      throw Pages.unreadable(KIND, "its rating change is missing or contradicts its arrow");
    }
    return new int[] {after, change};
  }

  /**
   * The {@code playlog_score_block} whose icon is {@code icon}: {@code n/total}, or null when
   * absent or shown as {@code ―} (max sync of a solo play).
   */
  static Count scoreBlock(Element gray, String icon) {
    for (Element block : gray.getElementsByClass("playlog_score_block")) {
      Element img = Scan.firstTag(block, "img");
      if (img != null && Icons.name(img).equals(icon)) {
        int[] pair = Texts.pair(block.text());
        if (pair == null) {
          if (block.text().contains("―")) {
            return null;
          }
          throw Pages.unreadable(KIND, "its " + icon + " is not n/total");
        }
        return count(pair, icon);
      }
    }
    return null;
  }

  static Count life(Element gray) {
    Element block = Scan.firstWithClass(gray, "playlog_life_block");
    if (block == null) {
      return null;
    }
    int[] pair = Texts.pair(block.text());
    if (pair == null) {
      throw Pages.unreadable(KIND, "its life is not n/total");
    }
    return count(pair, "life");
  }

  private static Count count(int[] pair, String what) {
    if (pair[0] < 0 || pair[1] < 0 || pair[0] > pair[1]) {
      throw Pages.unreadable(KIND, "its " + what + " is out of range");
    }
    return new Count(pair[0], pair[1]);
  }
}
