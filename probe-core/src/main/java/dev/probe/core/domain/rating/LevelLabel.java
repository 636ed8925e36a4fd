package dev.probe.core.domain.rating;

import dev.probe.core.domain.InternalLevel;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Level labels ({@code 13}, {@code 13+}) and the constant estimated from one when no catalogue
 * gives the real constant: X → X.0 and X+ → X.6 (the current rule), always marked estimated.
 */
public final class LevelLabel {

  private static final Pattern LABEL = Pattern.compile("(\\d{1,2})(\\+?)");

  private LevelLabel() {}

  /**
   * The estimated constant of a label; empty for utage labels ({@code 13?}), blanks and anything
   * that is not a level.
   */
  public static Optional<InternalLevel> estimate(String label) {
    if (label == null) {
      return Optional.empty();
    }
    Matcher m = LABEL.matcher(label.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    int whole = Integer.parseInt(m.group(1));
    if (whole < 1 || whole > 15) {
      return Optional.empty();
    }
    int tenths = whole * 10 + (m.group(2).isEmpty() ? 0 : 6);
    return Optional.of(new InternalLevel(tenths, true));
  }

  /** The label the current rule shows for a constant: X.0–X.5 → X, X.6–X.9 → X+ (from 7 up). */
  public static String of(InternalLevel constant) {
    int whole = constant.tenths() / 10;
    return whole >= 7 && constant.tenths() % 10 >= 6 ? whole + "+" : Integer.toString(whole);
  }
}
