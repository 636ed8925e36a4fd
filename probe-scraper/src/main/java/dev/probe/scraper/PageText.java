package dev.probe.scraper;

import java.nio.charset.StandardCharsets;

/**
 * The body of a page as text, or the reason it cannot be one. NET serves UTF-8 only; a body that is
 * not valid UTF-8, or that decodes to characters no NET page contains, was saved or converted in
 * another encoding and would give wrong titles, so it is rejected rather than guessed at.
 *
 * @param text the decoded body
 * @param chars the same characters as an array, read once here and shared with the tree builder
 *     (never modified)
 * @param complete whether the body ends with {@code </html>} (a cut-short page does not)
 * @param hasNonAscii whether any character is non-ASCII: every NET page has at least the U+FF0D of
 *     its title, so a page without lost its text to '?' replacement (checked after error and
 *     challenge pages, which may be plain ASCII)
 */
record PageText(String text, char[] chars, boolean complete, boolean hasNonAscii) {

  /** Larger than any NET page (the all-genre friend VS page is about 2 MB). */
  static final int MAX_BYTES = 32 * 1024 * 1024;

  static PageText decode(byte[] body) {
    if (body.length == 0 || isBlank(body)) {
      throw Pages.unreadable(
          "page", "the body is empty (NET or a firewall in front of it sends that when it blocks)");
    }
    if (body.length > MAX_BYTES) {
      throw Pages.unreadable("page", "the body is " + body.length + " bytes, far above any page");
    }
    // Malformed UTF-8 decodes to U+FFFD, which checkCharacters rejects: no strict decoder needed.
    String text = new String(body, StandardCharsets.UTF_8);
    char[] chars = text.toCharArray();
    return new PageText(text, chars, endsWithHtmlClose(text), checkCharacters(chars));
  }

  private static boolean isBlank(byte[] body) {
    for (byte b : body) {
      if (!Texts.isAsciiSpace((char) b)) {
        return false;
      }
    }
    return true;
  }

  /**
   * NUL (UTF-16 read as UTF-8), U+FFFD (a lossy conversion) and C1 controls (UTF-8 read as Latin-1
   * and saved again) never occur in NET pages. Returns whether any character is non-ASCII.
   */
  private static boolean checkCharacters(char[] chars) {
    boolean nonAscii = false;
    for (int i = 0, n = chars.length; i < n; i++) {
      char c = chars[i];
      if (c < 0x80) {
        if (c == 0) {
          throw Pages.unreadable("page", "the body contains NUL characters (UTF-16?)");
        }
        continue;
      }
      nonAscii = true;
      if (c <= 0x9f) {
        throw Pages.unreadable("page", "the text was damaged by a conversion between encodings");
      }
      if (c == '\uFFFD') {
        throw Pages.unreadable(
            "page", "the body is not UTF-8, or was damaged converting between encodings");
      }
      if (c >= 0xC2 && c <= 0xEF && i + 1 < n && isMojibakeTail(chars[i + 1])) {
        throw Pages.unreadable("page", "the text is UTF-8 that was read as Latin-1 or cp1252");
      }
    }
    return nonAscii;
  }

  /** Second characters of UTF-8 bytes shown as cp1252 (€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ and ¡–¿). */
  private static boolean isMojibakeTail(char c) {
    return (c >= 0xA0 && c <= 0xBF)
        || "\u20AC\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u017D\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u017E\u0178"
                .indexOf(c)
            >= 0;
  }

  private static boolean endsWithHtmlClose(String text) {
    int end = text.length();
    while (end > 0 && Texts.isAsciiSpace(text.charAt(end - 1))) {
      end--;
    }
    return end >= 7 && text.regionMatches(true, end - 7, "</html>", 0, 7);
  }
}
