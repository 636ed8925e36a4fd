package dev.probe.scraper;

import dev.probe.core.domain.ChartRef;
import dev.probe.core.domain.ChartType;
import dev.probe.core.domain.Difficulty;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The chart of a play (title block, level icon, jacket, chart type or U·TA·GE kind),
 * MAIMAI-NET-PAGES §7. Both title-block layouts are accepted: CN/old (clear stamp + title) and
 * intl/JP 2025+ (level icon + title).
 */
final class PlaylogChartReader {

  private static final Pattern LEVEL = Pattern.compile("\\d{1,2}\\+?\\??");

  private final String kind;

  PlaylogChartReader(String kind) {
    this.kind = kind;
  }

  ChartRef chart(RecordParts parts, Difficulty difficulty, String where) {
    Element titleBlock = required(parts.titleBlock, where + " has no title block");
    String title = Texts.ownText(titleBlock);
    if (title.isEmpty()) {
      throw Pages.unreadable(kind, where + " has no title");
    }
    Element levelIcon = parts.levelIcon;
    String level = levelIcon == null ? "" : Texts.trimAscii(levelIcon.text());
    if (levelIcon != null && !LEVEL.matcher(level).matches()) {
      throw Pages.unreadable(kind, where + " has a malformed level");
    }
    String jacket = jacket(parts, where);
    Element utage = parts.utage;
    Element kindIcon = parts.kindIcon;
    if (difficulty == Difficulty.UTAGE) {
      if (utage == null || kindIcon != null || level.isEmpty()) {
        throw Pages.unreadable(kind, where + " is a U·TA·GE play without its kind or level");
      }
      String utageKind = utageKind(utage);
      return new ChartRef(title, ChartType.DX, difficulty, level, jacket, "", utageKind);
    }
    if (utage != null || kindIcon == null) {
      throw Pages.unreadable(kind, where + " has no chart type");
    }
    return new ChartRef(
        title, chartType(Icons.name(kindIcon), where), difficulty, level, jacket, "", "");
  }

  ChartType chartType(String name, String where) {
    if (name.equals("music_dx")) {
      return ChartType.DX;
    }
    if (name.equals("music_standard")) {
      return ChartType.STD;
    }
    throw Pages.unreadable(kind, where + " has an unknown chart type icon");
  }

  /**
   * Buddy charts are told apart by "Buddy" (the title keeps the kanji); others by their letter. The
   * buddy icon and the "Buddy" label come together; one without the other is a damaged page.
   */
  private String utageKind(Element utage) {
    boolean buddyIcon = false;
    for (Element img : utage.getElementsByTag("img")) {
      String name = Icons.name(img);
      buddyIcon |= name.equals("music_utage_buddy");
      if (!name.equals("music_utage") && !name.equals("music_utage_buddy")) {
        throw Pages.unreadable(kind, "a U·TA·GE play has an unknown kind icon");
      }
    }
    String letter = "";
    boolean buddyLabel = false;
    for (Element text : utage.getElementsByClass("playlog_music_kind_icon_utage_text")) {
      String t = Texts.trimAscii(text.text());
      if (t.equalsIgnoreCase("buddy")) {
        buddyLabel = true;
      } else if (letter.isEmpty()) {
        letter = t;
      }
    }
    if (buddyIcon != buddyLabel || (letter.isEmpty() && !buddyLabel)) {
      throw Pages.unreadable(kind, "a U·TA·GE play's kind icons and labels disagree");
    }
    return buddyIcon ? "Buddy" : letter;
  }

  private String jacket(RecordParts parts, String where) {
    Element img = required(parts.musicImg, where + " no jacket");
    String name = Icons.name(img);
    if (name.isEmpty() || !Icons.folder(img).equals("Music")) {
      throw Pages.unreadable(kind, where + " has no jacket image");
    }
    return name;
  }

  private <T> T required(T value, String what) {
    if (value == null) {
      throw Pages.unreadable(kind, what);
    }
    return value;
  }
}
