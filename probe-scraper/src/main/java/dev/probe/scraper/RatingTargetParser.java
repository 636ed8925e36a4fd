package dev.probe.scraper;

import dev.probe.core.domain.Difficulty;
import dev.probe.core.domain.Region;
import dev.probe.core.domain.page.RatingTargetPage;
import dev.probe.core.domain.page.RatingTargetSection;
import dev.probe.core.domain.page.ScoreEntry;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * {@code /home/ratingTargetMusic/} (§11): the user block and four lists told apart by their order
 * (new, others, and the two candidate lists), since their headings are localised.
 */
final class RatingTargetParser {

  static final String KIND = "rating target page";
  static final int SECTIONS = 4;

  private RatingTargetParser() {}

  static RatingTargetPage parse(PageCensus census, Region region) {
    Element main = census.main;
    ScoreEntryReader reader = new ScoreEntryReader(KIND, true);
    List<String> names = new ArrayList<>();
    List<List<ScoreEntry>> lists = new ArrayList<>();
    int number = 0;
    for (Element e : census.sections) {
      if (e.hasClass("screw_block")) {
        names.add(Texts.trimAscii(e.text()));
        lists.add(new ArrayList<>());
        continue;
      }
      number++;
      Difficulty difficulty = ScoreEntryReader.difficultyOf(e);
      Element form = ScoreEntryReader.form(e);
      if (difficulty == null || form == null || lists.isEmpty()) {
        throw Pages.unreadable(KIND, "entry " + number + " has no list, difficulty or link");
      }
      lists.get(lists.size() - 1).add(reader.read(e, form, difficulty, "", number));
    }
    if (names.size() != SECTIONS) {
      throw Pages.unreadable(KIND, "it has " + names.size() + " lists instead of " + SECTIONS);
    }
    List<RatingTargetSection> sections = new ArrayList<>();
    for (int i = 0; i < SECTIONS; i++) {
      sections.add(new RatingTargetSection(names.get(i), lists.get(i)));
    }
    return new RatingTargetPage(region, UserBlockReader.read(main, KIND), sections);
  }
}
