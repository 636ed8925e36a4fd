package dev.probe.core.domain;

import java.util.Map;

/**
 * Turns what a page or a catalogue says about a chart into its stable {@link ChartId}. The title
 * alone is not enough: two songs are titled "Link", and several utage charts share one title.
 *
 * <ul>
 *   <li>variant "" for every ordinary song;
 *   <li>the "Link" by Circle of friends (niconico genre, jacket {@code e90f79d9dcff84df}, called
 *       {@code Link(CoF)} by Diving-Fish) gets variant {@code niconico}; the maimai-genre one keeps
 *       "";
 *   <li>utage charts get their level label as variant ({@code 13?}), plus {@code :buddy} for Buddy
 *       charts.
 * </ul>
 */
public final class ChartIds {

  static final String LINK = "Link";
  static final String LINK_NICONICO = "niconico";
  private static final Map<String, String> LINK_JACKETS =
      Map.of("1e44516a8a3b5a51", "", "e90f79d9dcff84df", LINK_NICONICO);

  private ChartIds() {}

  /** The id of a chart as a NET page shows it. */
  public static ChartId of(ChartRef ref) {
    return new ChartId(new SongKey(ref.title(), variant(ref)), ref.type(), ref.difficulty());
  }

  private static String variant(ChartRef ref) {
    if (ref.isUtage()) {
      return utageVariant(ref.level(), ref.utageKind().equalsIgnoreCase("buddy"));
    }
    if (ref.title().equals(LINK)) {
      if (!ref.jacket().isEmpty() && LINK_JACKETS.containsKey(ref.jacket())) {
        return LINK_JACKETS.get(ref.jacket());
      }
      return ref.genre().toLowerCase(java.util.Locale.ROOT).startsWith("niconico")
          ? LINK_NICONICO
          : "";
    }
    return "";
  }

  /** The variant of a utage chart: its level label, with {@code :buddy} for two-player charts. */
  public static String utageVariant(String level, boolean buddy) {
    return level + (buddy ? ":buddy" : "");
  }

  /** The song key for a catalogue title that renames the second "Link" as {@code Link(CoF)}. */
  public static SongKey ofCatalogTitle(String title) {
    if (title.equals("Link(CoF)")) {
      return new SongKey(LINK, LINK_NICONICO);
    }
    return SongKey.of(title);
  }
}
