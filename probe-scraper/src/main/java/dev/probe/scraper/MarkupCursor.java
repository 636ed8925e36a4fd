package dev.probe.scraper;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Attributes;
import org.jsoup.parser.Parser;

/**
 * Reads the tokens of plain markup for {@link StrictHtml}: start tags with quoted or valueless
 * attributes, end tags, comments, text. Anything else (unquoted values, a stray '/', markup
 * declarations) throws {@link Decline}. Tag and attribute names are shared strings, looked up by
 * their characters: a NET page repeats a few dozen of them thousands of times.
 */
final class MarkupCursor {

  private static final int CACHE_SIZE = 256;
  private static final int CACHE_MAX_LENGTH = 12;

  final String html;

  /** The same characters: indexing an array is far cheaper than charAt on a non-Latin-1 string. */
  private final char[] chars;

  final int end;
  int pos;

  /** The last start tag read: its lower-case name, attributes (null if none), and "/>". */
  String tagName;

  Attributes attributes;
  boolean selfClosing;

  private final String[] cache = new String[CACHE_SIZE];

  MarkupCursor(String html, char[] chars) {
    this.html = html;
    this.chars = chars;
    this.end = chars.length;
  }

  boolean startsWith(String prefix) {
    return html.startsWith(prefix, pos);
  }

  boolean startsWithIgnoreCase(String prefix) {
    return html.regionMatches(true, pos, prefix, 0, prefix.length());
  }

  /** Skips whitespace; returns it (null when there was none). */
  String space() {
    int start = pos;
    while (pos < end && Texts.isAsciiSpace(chars[pos])) {
      pos++;
    }
    return pos > start ? new String(chars, start, pos - start) : null;
  }

  /** The text up to the next '<' (which must exist), entities decoded. */
  String text(int lt) {
    String text = new String(chars, pos, lt - pos);
    pos = lt;
    return text.indexOf('&') >= 0 ? Parser.unescapeEntities(text, false) : text;
  }

  /** Reads the start tag at {@code pos} (a '<' and a letter) into the fields above. */
  void startTag() {
    int i = pos + 1;
    while (i < end && isNameChar(chars[i])) {
      i++;
    }
    tagName = lowerName(pos + 1, i);
    pos = i;
    attributes = null;
    selfClosing = false;
    while (true) {
      space();
      if (pos >= end) {
        throw Decline.INSTANCE;
      }
      char c = chars[pos];
      if (c == '>') {
        pos++;
        return;
      }
      if (c == '/') {
        if (!startsWith("/>")) {
          throw Decline.INSTANCE;
        }
        selfClosing = true;
        pos += 2;
        return;
      }
      attribute();
    }
  }

  private void attribute() {
    int start = pos;
    while (pos < end && isAttributeNameChar(chars[pos])) {
      pos++;
    }
    if (pos == start || pos >= end) {
      throw Decline.INSTANCE;
    }
    if (chars[pos] != '=') {
      valueless(lowerName(start, pos));
      return;
    }
    String key = lowerName(start, pos);
    if (pos + 1 >= end) {
      throw Decline.INSTANCE;
    }
    char quote = chars[++pos];
    int close = quote == '"' || quote == '\'' ? html.indexOf(quote, pos + 1) : -1;
    if (close < 0) {
      throw Decline.INSTANCE;
    }
    String value = new String(chars, pos + 1, close - pos - 1);
    pos = close + 1;
    if (pos < end && !Texts.isAsciiSpace(chars[pos]) && chars[pos] != '>' && chars[pos] != '/') {
      throw Decline.INSTANCE;
    }
    if (attributes == null) {
      attributes = new Attributes();
    }
    if (!attributes.hasKey(key)) { // of duplicate attributes the first wins
      attributes.put(key, value.indexOf('&') >= 0 ? Parser.unescapeEntities(value, true) : value);
    }
  }

  /** {@code <option selected>}: an attribute without a value, which jsoup keeps as null. */
  private void valueless(String key) {
    char c = chars[pos];
    if (!Texts.isAsciiSpace(c) && c != '>' && c != '/') {
      throw Decline.INSTANCE;
    }
    if (attributes == null) {
      attributes = new Attributes();
    }
    if (!attributes.hasKey(key)) {
      attributes.put(key, null);
    }
  }

  /** Reads an end tag at {@code pos} ("&lt;/name&gt;", spaces allowed before the '&gt;'). */
  String endTag() {
    int nameEnd = pos + 2;
    while (nameEnd < end && isNameChar(chars[nameEnd])) {
      nameEnd++;
    }
    int close = nameEnd;
    while (close < end && Texts.isAsciiSpace(chars[close])) {
      close++;
    }
    if (nameEnd == pos + 2 || close >= end || chars[close] != '>') {
      throw Decline.INSTANCE;
    }
    String name = lowerName(pos + 2, nameEnd);
    pos = close + 1;
    return name;
  }

  /** Reads a comment at {@code pos}; returns its text. */
  String comment() {
    int close = html.indexOf("-->", pos + 4);
    if (close < 0 || html.startsWith(">", pos + 4) || html.startsWith("->", pos + 4)) {
      throw Decline.INSTANCE;
    }
    String data = html.substring(pos + 4, close);
    if (data.contains("--!") || data.startsWith("-") || data.endsWith("-")) {
      throw Decline.INSTANCE;
    }
    pos = close + 3;
    return data;
  }

  /**
   * The raw content of a script, style or title, up to its end tag. Declines when the content holds
   * anything the tokeniser treats specially there ("&lt;/" of any case, "&lt;!--").
   */
  String rawContent(String name) {
    int close = html.indexOf("</", pos);
    if (close < 0
        || !html.startsWith(name, close + 2)
        || !html.startsWith(">", close + 2 + name.length())
        || html.substring(pos, close).contains("<!--")) {
      throw Decline.INSTANCE;
    }
    String content = html.substring(pos, close);
    pos = close + name.length() + 3;
    return content;
  }

  /**
   * Whether every tag between {@code from} and {@code to} (start or end) is named in {@code names}
   * (lower case), with no comment or other markup declaration among them.
   */
  boolean onlyTagsIn(Set<String> names, int from, int to) {
    for (int lt = html.indexOf('<', from); lt >= 0 && lt < to; lt = html.indexOf('<', lt + 1)) {
      int start = lt + 1 < to && chars[lt + 1] == '/' ? lt + 2 : lt + 1;
      int nameEnd = start;
      while (nameEnd < to && isNameChar(chars[nameEnd])) {
        nameEnd++;
      }
      if (nameEnd == start
          || !names.contains(new String(chars, start, nameEnd - start).toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  /** The name between {@code from} and {@code to}: the same instance each time it repeats. */
  private String sharedName(int from, int to) {
    int length = to - from;
    if (length > CACHE_MAX_LENGTH) {
      return new String(chars, from, length);
    }
    int hash = 0;
    for (int i = from; i < to; i++) {
      hash = 31 * hash + chars[i];
    }
    int slot = (hash ^ (hash >>> 12)) & (CACHE_SIZE - 1);
    String cached = cache[slot];
    if (cached == null
        || cached.hashCode() != hash
        || cached.length() != length
        || !sameChars(cached, from)) {
      cached = new String(chars, from, length);
      cache[slot] = cached;
    }
    return cached;
  }

  private boolean sameChars(String s, int from) {
    for (int i = 0, n = s.length(); i < n; i++) {
      if (s.charAt(i) != chars[from + i]) {
        return false;
      }
    }
    return true;
  }

  private String lowerName(int from, int to) {
    for (int i = from; i < to; i++) {
      char c = chars[i];
      if (c >= 'A' && c <= 'Z') {
        return new String(chars, from, to - from).toLowerCase(Locale.ROOT);
      }
    }
    return sharedName(from, to);
  }

  static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isNameChar(char c) {
    return isAsciiLetter(c) || (c >= '0' && c <= '9');
  }

  private static boolean isAttributeNameChar(char c) {
    return isNameChar(c) || c == '-' || c == '_' || c == ':';
  }

  /** Thrown to leave the page to jsoup's own tree builder; carries no stack trace. */
  static final class Decline extends RuntimeException {
    static final Decline INSTANCE = new Decline();

    private Decline() {
      super("not plain markup", null, false, false);
    }
  }
}
