package dev.probe.scraper;

import dev.probe.core.domain.Difficulty;
import dev.probe.core.domain.Region;
import dev.probe.core.domain.page.ScoreEntry;
import dev.probe.core.domain.page.ScoreListPage;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Score lists: musicGenre, musicLevel, musicVersion, musicSort and musicWord search (§9). Each
 * entry's genre is the {@code screw_block} heading above it (how the two "Link" are told apart).
 * When the page has its summary table, its totals must equal the number of entries read.
 */
final class ScoreListParser {

  static final String KIND = "score list";
  private static final String[] SOURCES = {
    "musicGenre", "musicLevel", "musicVersion", "musicSort", "musicWord"
  };

  private ScoreListParser() {}

  static ScoreListPage parse(PageCensus census, Region region, URI url) {
    Element main = census.main;
    ScoreEntryReader reader = new ScoreEntryReader(KIND, false);
    List<ScoreEntry> entries = new ArrayList<>();
    String heading = "";
    for (Element e : census.sections) {
      if (e.hasClass("screw_block")) {
        heading = Texts.trimAscii(e.text());
        continue;
      }
      Difficulty difficulty = ScoreEntryReader.difficultyOf(e);
      Element form = ScoreEntryReader.form(e);
      if (difficulty == null || form == null) {
        throw Pages.unreadable(
            KIND, "entry " + (entries.size() + 1) + " has no difficulty or link");
      }
      entries.add(reader.read(e, form, difficulty, heading, entries.size() + 1));
    }
    checkTotals(main, entries.size());
    return new ScoreListPage(region, source(census, url), entries);
  }

  /** Every {@code n/total} in {@code table.music_scorelist_table} has total = entries shown. */
  private static void checkTotals(Element main, int entries) {
    Element table = main.selectFirst("table.music_scorelist_table");
    if (table == null) {
      return;
    }
    for (Element cell : table.getElementsByTag("td")) {
      int[] pair = Texts.pair(cell.ownText());
      if (pair != null && pair[1] != entries) {
        throw Pages.unreadable(
            KIND, "its summary counts " + pair[1] + " charts but " + entries + " were read");
      }
    }
  }

  /** The search this list came from: the address when known, else the page's own selector. */
  private static String source(PageCensus census, URI url) {
    String path = url.getPath() == null ? "" : url.getPath();
    for (String s : SOURCES) {
      if (path.contains("/record/" + s + "/")) {
        return s;
      }
    }
    if (census.selects.contains("level")) {
      return "musicLevel";
    }
    if (census.selects.contains("version")) {
      return "musicVersion";
    }
    if (census.selects.contains("genre")) {
      return "musicGenre";
    }
    return "";
  }
}
