package dev.probe.scraper;

import dev.probe.core.domain.Count;
import dev.probe.core.domain.Region;
import dev.probe.core.domain.page.PlayerDataPage;
import dev.probe.core.domain.page.UserBlock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** {@code /playerData/}: user block, the two play counts and the 21 clear counters (§6). */
final class PlayerDataParser {

  static final String KIND = "playerData page";

  private PlayerDataParser() {}

  static PlayerDataPage parse(Element main, Region region) {
    UserBlock player = UserBlockReader.read(main, KIND);
    int[] counts = playCounts(main);
    Map<String, Count> counters = new LinkedHashMap<>();
    int total = -1;
    for (Element block : main.getElementsByClass("musiccount_block")) {
      Element img = Scan.firstTag(block, "img");
      Element counter = Scan.firstWithClass(block, "musiccount_counter_block");
      String name = img == null ? "" : Icons.name(img);
      int[] pair = counter == null ? null : Texts.pair(counter.text());
      if (!name.startsWith("music_icon_") || pair == null || pair[0] < 0 || pair[1] < 0) {
        throw Pages.unreadable(KIND, "a clear counter has no icon or no n/total");
      }
      if (total >= 0 && pair[1] != total) {
        throw Pages.unreadable(KIND, "the clear counters disagree on the number of charts");
      }
      total = pair[1];
      if (counters.put(name.substring("music_icon_".length()), new Count(pair[0], pair[1]))
          != null) {
        throw Pages.unreadable(KIND, "a clear counter appears twice");
      }
    }
    if (counters.isEmpty()) {
      throw Pages.unreadable(KIND, "it shows no clear counters");
    }
    return new PlayerDataPage(region, player, counts[0], counts[1], counters);
  }

  /** {@code div.m_5.m_b_5.t_r.f_12}: "label：67" / "label：6,967", split by {@code <br>}. */
  private static int[] playCounts(Element main) {
    Element block = main.selectFirst("div.m_5.m_b_5.t_r.f_12");
    if (block == null) {
      throw Pages.unreadable(KIND, "it shows no play counts");
    }
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (Node n : block.childNodes()) {
      if (n instanceof TextNode) {
        line.append(((TextNode) n).getWholeText());
      } else if (n instanceof Element && ((Element) n).nameIs("br")) {
        lines.add(line.toString());
        line.setLength(0);
      }
    }
    lines.add(line.toString());
    lines.removeIf(l -> Texts.trimAscii(l).isEmpty());
    if (lines.size() != 2) {
      throw Pages.unreadable(KIND, "its play counts are not two lines");
    }
    return new int[] {countAfterColon(lines.get(0)), countAfterColon(lines.get(1))};
  }

  /** The number after the (full-width) colon: labels such as "maimaiDX total" hold no digits. */
  private static int countAfterColon(String line) {
    int colon = Math.max(line.lastIndexOf('：'), line.lastIndexOf(':'));
    int n = Texts.firstNumber(line.substring(colon + 1));
    if (colon < 0 || n < 0) {
      throw Pages.unreadable(KIND, "a play count line has no number");
    }
    return n;
  }
}
