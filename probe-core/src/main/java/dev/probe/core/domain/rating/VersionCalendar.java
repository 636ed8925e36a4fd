package dev.probe.core.domain.rating;

import dev.probe.core.domain.GameVersion;
import dev.probe.core.domain.Region;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Which game version a region plays at an instant (MAIMAI-RULES §6). JP uses its release dates.
 * International uses the dates the sources give from BUDDiES PLUS on (earlier ones fall back to
 * JP's). CN counts years: each CN year is keyed here by its base version (舞萌DX 2024 = BUDDiES,
 * holding BUDDiES PLUS too); its start dates are approximate (only 舞萌DX 2026 ≈ 2026-06-10 is
 * sourced; the others are taken as mid-year). A new version is a new row.
 */
public final class VersionCalendar {

  private static final Map<Region, NavigableMap<LocalDate, GameVersion>> STARTS =
      new EnumMap<>(Region.class);

  static {
    NavigableMap<LocalDate, GameVersion> jp = new TreeMap<>();
    for (GameVersion v : GameVersion.values()) {
      jp.put(v.jpRelease(), v);
    }
    STARTS.put(Region.JP, jp);

    NavigableMap<LocalDate, GameVersion> intl = new TreeMap<>(jp.headMap(date("2024-03-21")));
    intl.put(date("2023-09-14"), GameVersion.BUDDIES);
    intl.put(date("2024-07-25"), GameVersion.BUDDIES_PLUS);
    intl.put(date("2025-01-16"), GameVersion.PRISM);
    intl.put(date("2025-07-26"), GameVersion.PRISM_PLUS);
    intl.put(date("2026-01-22"), GameVersion.CIRCLE);
    intl.put(date("2026-08-08"), GameVersion.CIRCLE_PLUS);
    STARTS.put(Region.INTL, intl);

    NavigableMap<LocalDate, GameVersion> cn = new TreeMap<>(jp.headMap(date("2019-07-11")));
    cn.put(date("2019-07-31"), GameVersion.DX);
    cn.put(date("2021-07-01"), GameVersion.SPLASH);
    cn.put(date("2022-07-01"), GameVersion.UNIVERSE);
    cn.put(date("2023-07-01"), GameVersion.FESTIVAL);
    cn.put(date("2024-07-01"), GameVersion.BUDDIES);
    cn.put(date("2025-07-01"), GameVersion.PRISM);
    cn.put(date("2026-06-10"), GameVersion.PRISM_PLUS);
    STARTS.put(Region.CN, cn);
  }

  private VersionCalendar() {}

  /** The version current in {@code region} at {@code at} (the region's local date). */
  public static GameVersion currentAt(Region region, Instant at) {
    LocalDate day = LocalDate.ofInstant(at, region.zone());
    Map.Entry<LocalDate, GameVersion> e = STARTS.get(region).floorEntry(day);
    return e == null ? GameVersion.MAIMAI : e.getValue();
  }

  /**
   * The versions CN merges into one year with {@code version}: up to 2024 each PLUS shares its
   * base's year; PRiSM and PRiSM PLUS are separate years.
   */
  public static boolean sameCnYear(GameVersion a, GameVersion b) {
    return cnYear(a) == cnYear(b);
  }

  private static GameVersion cnYear(GameVersion v) {
    switch (v) {
      case DX_PLUS:
        return GameVersion.DX;
      case SPLASH_PLUS:
        return GameVersion.SPLASH;
      case UNIVERSE_PLUS:
        return GameVersion.UNIVERSE;
      case FESTIVAL_PLUS:
        return GameVersion.FESTIVAL;
      case BUDDIES_PLUS:
        return GameVersion.BUDDIES;
      default:
        return v;
    }
  }

  private static LocalDate date(String text) {
    return LocalDate.parse(text);
  }
}
