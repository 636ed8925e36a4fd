package dev.probe.scraper;

/**
 * Class-attribute tests on a {@code class} value already read once, matching jsoup's {@code
 * hasClass} (whitespace-separated, case-insensitive) without looking the attribute up again: the
 * census asks a dozen of these of every element of the page.
 */
final class ClassTokens {

  private ClassTokens() {}

  /** Whether the whitespace-separated {@code classes} contain {@code token}, ignoring case. */
  static boolean has(String classes, String token) {
    int len = token.length();
    int n = classes.length();
    for (int start = 0; start < n; ) {
      while (start < n && Character.isWhitespace(classes.charAt(start))) {
        start++;
      }
      int end = start;
      while (end < n && !Character.isWhitespace(classes.charAt(end))) {
        end++;
      }
      if (end - start == len && classes.regionMatches(true, start, token, 0, len)) {
        return true;
      }
      start = end;
    }
    return false;
  }
}
