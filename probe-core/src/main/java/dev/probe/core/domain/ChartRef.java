package dev.probe.core.domain;

/**
 * What a NET page says about a chart, before it is matched to the catalogue.
 *
 * @param title exact title (never stripped of U+3000)
 * @param type STD or DX (DX for utage)
 * @param difficulty BASIC … UTAGE
 * @param level level label as shown ({@code 13+}, utage {@code 13?}); "" when the page has none
 * @param jacket jacket image name ({@code img/Music/<hash>.png} → hash); "" when not shown
 * @param genre genre heading the entry stood under; "" when not shown
 * @param utageKind utage kind letter ({@code 宴}, {@code 協}, {@code Buddy}); "" otherwise
 */
public record ChartRef(
    String title,
    ChartType type,
    Difficulty difficulty,
    String level,
    String jacket,
    String genre,
    String utageKind) {

  public ChartRef {
    if (title == null || title.isEmpty()) {
      throw new IllegalArgumentException("a chart needs a title");
    }
    java.util.Objects.requireNonNull(type, "type");
    java.util.Objects.requireNonNull(difficulty, "difficulty");
    level = level == null ? "" : level;
    jacket = jacket == null ? "" : jacket;
    genre = genre == null ? "" : genre;
    utageKind = utageKind == null ? "" : utageKind;
  }

  public static ChartRef of(String title, ChartType type, Difficulty difficulty, String level) {
    return new ChartRef(title, type, difficulty, level, "", "", "");
  }

  public boolean isUtage() {
    return difficulty == Difficulty.UTAGE;
  }
}
