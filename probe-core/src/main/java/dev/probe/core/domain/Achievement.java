package dev.probe.core.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An achievement as NET prints it ({@code 100.5000%}), kept exactly as an integer of
 * ten-thousandths of a percent: {@code 100.5000%} is {@code 1005000}. Never a double.
 *
 * @param value ten-thousandths of a percent; 0 to 1,010,000 for a normal chart, up to 2,020,000 for
 *     a Buddy utage (the sum of both players)
 */
public record Achievement(int value) implements Comparable<Achievement> {

  /** 101.0000%: the ceiling of a normal chart (100% + 1% break bonus). */
  public static final int MAX_NORMAL = 1_010_000;

  /** 202.0000%: the ceiling of a Buddy utage, whose page shows the two players' sum. */
  public static final int MAX_UTAGE = 2 * MAX_NORMAL;

  private static final Pattern TEXT = Pattern.compile("(\\d{1,3})\\.(\\d{4})\\s*%?");

  public Achievement {
    if (value < 0 || value > MAX_UTAGE) {
      throw new IllegalArgumentException("achievement out of range: " + value);
    }
  }

  /** Reads {@code "100.5000%"} or {@code "100.5000"}; exactly four decimals, as NET prints them. */
  public static Achievement parse(String text) {
    Matcher m = TEXT.matcher(text.strip());
    if (!m.matches()) {
      throw ProbeException.invalid("not an achievement: '" + text + "'");
    }
    return new Achievement(Integer.parseInt(m.group(1)) * 10_000 + Integer.parseInt(m.group(2)));
  }

  /** Finds the first {@code NNN.NNNN%} in a text, as on NET pages where the number is split. */
  public static java.util.Optional<Achievement> find(String text) {
    Matcher m = Pattern.compile("(\\d{1,3})\\.(\\d{4})%").matcher(text);
    if (!m.find()) {
      return java.util.Optional.empty();
    }
    int v = Integer.parseInt(m.group(1)) * 10_000 + Integer.parseInt(m.group(2));
    return v > MAX_UTAGE ? java.util.Optional.empty() : java.util.Optional.of(new Achievement(v));
  }

  public static Achievement ofPercent(int whole, int tenThousandths) {
    return new Achievement(whole * 10_000 + tenThousandths);
  }

  /** {@code "100.5000"}: four decimals, no percent sign. */
  public String format() {
    return String.format("%d.%04d", value / 10_000, value % 10_000);
  }

  @Override
  public int compareTo(Achievement o) {
    return Integer.compare(value, o.value);
  }

  @Override
  public String toString() {
    return format() + "%";
  }
}
