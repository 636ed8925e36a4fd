package dev.probe.scraper;

import java.time.LocalDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** Text rules shared by every NET page (MAIMAI-NET-PAGES §3). */
final class Texts {

  private static final Pattern PAIR = Pattern.compile("(\\d[\\d,]*)\\s*/\\s*(\\d[\\d,]*)");
  private static final Pattern ACHIEVEMENT = Pattern.compile("(\\d{1,3})\\.(\\d{4})%");
  private static final Pattern MINUTE =
      Pattern.compile("(\\d{4})/(\\d{2})/(\\d{2}) (\\d{2}):(\\d{2})");
  private static final Pattern NUMBER = Pattern.compile("\\d[\\d,]*");

  private Texts() {}

  /** Trims ASCII whitespace only: a title may be a single U+3000, which must survive. */
  static String trimAscii(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isAsciiSpace(s.charAt(start))) {
      start++;
    }
    while (end > start && isAsciiSpace(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }

  static boolean isAsciiSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
  }

  /** The element's own text nodes, exactly (no whitespace collapsing), ASCII-trimmed. */
  static String ownText(Element e) {
    StringBuilder sb = new StringBuilder();
    for (Node n : e.childNodes()) {
      if (n instanceof TextNode) {
        sb.append(((TextNode) n).getWholeText());
      }
    }
    return trimAscii(sb.toString());
  }

  /** {@code 1,234 / 2,345} → {1234, 2345}; null when absent. */
  static int[] pair(String text) {
    Matcher m = PAIR.matcher(text);
    if (!m.find()) {
      return null;
    }
    return new int[] {number(m.group(1)), number(m.group(2))};
  }

  /** Ten-thousandths of a percent from the first {@code NNN.NNNN%}; -1 when absent. */
  static int achievement(String text) {
    Matcher m = ACHIEVEMENT.matcher(text);
    if (!m.find()) {
      return -1;
    }
    return Integer.parseInt(m.group(1)) * 10_000 + Integer.parseInt(m.group(2));
  }

  /** The shown minute {@code 2025/10/03 13:06}; null when absent or not a real date. */
  static LocalDateTime minute(String text) {
    Matcher m = MINUTE.matcher(text);
    if (!m.find()) {
      return null;
    }
    try {
      return LocalDateTime.of(
          Integer.parseInt(m.group(1)),
          Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3)),
          Integer.parseInt(m.group(4)),
          Integer.parseInt(m.group(5)));
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  /** The first number (comma thousands allowed) in a text; -1 when none. */
  static int firstNumber(String text) {
    Matcher m = NUMBER.matcher(text);
    return m.find() ? number(m.group()) : -1;
  }

  /** Reads {@code 6,967}; -1 when the grouping is malformed or the value overflows. */
  static int number(String digits) {
    String plain = digits.replace(",", "");
    if (plain.isEmpty() || plain.length() > 9 || digits.endsWith(",")) {
      return -1;
    }
    return Integer.parseInt(plain);
  }
}
