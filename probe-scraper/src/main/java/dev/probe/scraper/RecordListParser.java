package dev.probe.scraper;

import dev.probe.core.domain.Region;
import dev.probe.core.domain.page.RecordEntry;
import dev.probe.core.domain.page.RecordPage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * {@code /record/}: the newest plays (MAIMAI-NET-PAGES §7). One unreadable entry fails the whole
 * page instead of being dropped: a silently missing play would later look like a play NET lost.
 */
final class RecordListParser {

  static final String KIND = "record list";
  private static final int MAX_PLAYS = 50;

  private RecordListParser() {}

  static RecordPage parse(PageCensus census, Region region) {
    List<Element> tops = census.tops;
    if (tops.size() > MAX_PLAYS) {
      throw Pages.unreadable(KIND, "it shows " + tops.size() + " plays; NET shows at most 50");
    }
    List<Element> forms = census.playlogDetailForms;
    if (tops.size() != forms.size()) {
      throw Pages.unreadable(KIND, "some plays have no detail link (or links have no play)");
    }
    RecordEntryReader reader = new RecordEntryReader(KIND, region);
    List<RecordEntry> plays = new ArrayList<>(tops.size());
    Set<String> seen = new HashSet<>();
    int exact = 0;
    for (int i = 0; i < tops.size(); i++) {
      Element top = tops.get(i);
      String idx = idx(forms.get(i), top.parent(), i + 1);
      if (!seen.add(idx)) {
        throw Pages.unreadable(KIND, "two plays share the detail idx " + idx);
      }
      RecordEntry entry = reader.read(top, idx, i + 1);
      exact += entry.exactTime() ? 1 : 0;
      plays.add(entry);
    }
    if (exact != 0 && exact != plays.size()) {
      throw Pages.unreadable(KIND, "some plays' idx carry a time and others do not");
    }
    return new RecordPage(region, plays);
  }

  /**
   * The idx of the play whose entry is {@code entry}. Plays and detail forms are counted equal and
   * paired in page order, so the i-th form must sit inside the i-th play's entry.
   */
  private static String idx(Element form, Element entry, int number) {
    Element input = Scan.isWithin(form, entry) ? Scan.idxInput(form) : null;
    if (input == null || input.attr("value").isEmpty()) {
      throw Pages.unreadable(KIND, "play " + number + " has no detail idx");
    }
    return input.attr("value");
  }
}
