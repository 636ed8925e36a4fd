package dev.probe.app.exchange;

import dev.probe.core.domain.Achievement;
import dev.probe.core.domain.ComboFlag;
import dev.probe.core.domain.Difficulty;
import dev.probe.core.domain.ProbeException;
import dev.probe.core.domain.Rank;
import dev.probe.core.domain.SyncFlag;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** The value vocabularies the trackers share, read strictly with the line in every message. */
final class Values {
  private Values() {}

  /** {@code 100.5}, {@code "100.5000"} or {@code 100.5000%}: at most four decimals. */
  static Achievement achievement(String text, int line) {
    String t = text.strip();
    if (t.endsWith("%")) {
      t = t.substring(0, t.length() - 1).strip();
    }
    BigDecimal percent;
    try {
      percent = new BigDecimal(t);
    } catch (NumberFormatException e) {
      throw bad(line, "achievement", text);
    }
    BigDecimal units = percent.movePointRight(4);
    if (units.signum() < 0 || units.stripTrailingZeros().scale() > 0) {
      throw bad(line, "achievement (at most four decimals)", text);
    }
    if (units.compareTo(BigDecimal.valueOf(Achievement.MAX_UTAGE)) > 0) {
      throw bad(line, "achievement (202% at most)", text);
    }
    return new Achievement(units.intValueExact());
  }

  /** The achievement as the trackers' JSON numbers carry it: {@code 100.5}. */
  static BigDecimal percent(Achievement achievement) {
    return BigDecimal.valueOf(achievement.value(), 4).setScale(4, RoundingMode.UNNECESSARY);
  }

  static int integer(String text, int line, String what) {
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw bad(line, what, text);
    }
  }

  static long integerLong(String text, int line, String what) {
    try {
      return Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      throw bad(line, what, text);
    }
  }

  static ComboFlag combo(String key, int line) {
    String k = key == null ? "" : key.strip().toLowerCase(java.util.Locale.ROOT);
    if (k.isEmpty() || k.equals("null")) {
      return ComboFlag.NONE;
    }
    return ComboFlag.ofIconName(k).orElseThrow(() -> bad(line, "FC/AP mark", key));
  }

  static SyncFlag sync(String key, int line) {
    String k = key == null ? "" : key.strip().toLowerCase(java.util.Locale.ROOT);
    if (k.isEmpty() || k.equals("null")) {
      return SyncFlag.NONE;
    }
    return SyncFlag.ofIconName(k).orElseThrow(() -> bad(line, "sync mark", key));
  }

  /** The trackers' key for a sync mark: FDX is {@code fsd}, FDX+ {@code fsdp}. */
  static String trackerSyncKey(SyncFlag flag) {
    switch (flag) {
      case FDX:
        return "fsd";
      case FDXP:
        return "fsdp";
      default:
        return flag.key();
    }
  }

  /** The rank a tracker gave ({@code sssp}, {@code SSS+}), else the one of the achievement. */
  static Rank rank(String key, Achievement achievement, int line) {
    if (key == null || key.isBlank()) {
      return Rank.of(achievement);
    }
    String k = key.strip();
    return Rank.ofIconName(k.toLowerCase(java.util.Locale.ROOT))
        .or(() -> Rank.ofLabel(k.toUpperCase(java.util.Locale.ROOT)))
        .orElseThrow(() -> bad(line, "rank", key));
  }

  /** 0–4 as the trackers number BASIC … Re:MASTER. */
  static Difficulty levelIndex(int index, int line) {
    if (index < 0 || index > 4) {
      throw bad(line, "level_index (0–4)", Integer.toString(index));
    }
    return Difficulty.ofNetIndex(index).orElseThrow();
  }

  static ProbeException bad(int line, String what, String value) {
    return ProbeException.invalid("line " + line + ": not a valid " + what + ": '" + value + "'");
  }
}
