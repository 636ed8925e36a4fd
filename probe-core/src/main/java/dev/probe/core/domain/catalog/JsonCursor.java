package dev.probe.core.domain.catalog;

import dev.probe.core.domain.ProbeException;

/** A position in a JSON text that knows its line and column, for {@link JsonReader}. */
final class JsonCursor {

  final String source;
  final String text;
  int pos;
  private int line = 1;
  private int lineStart;

  JsonCursor(String source, String text) {
    this.source = source;
    this.text = text;
    if (text.startsWith("\uFEFF")) {
      pos = 1;
      lineStart = 1;
    }
  }

  int line() {
    return line;
  }

  int column() {
    return pos - lineStart + 1;
  }

  boolean atEnd() {
    return pos >= text.length();
  }

  char peek() {
    return pos < text.length() ? text.charAt(pos) : '\0';
  }

  boolean startsWith(String word) {
    return text.startsWith(word, pos);
  }

  void expect(char c) {
    if (peek() != c) {
      throw error(
          atEnd()
              ? "the document ends where '" + c + "' should be"
              : "expected '" + c + "' but found '" + text.charAt(pos) + "'");
    }
    pos++;
  }

  /** Skips JSON whitespace, counting lines (a raw line break can only stand here). */
  void skipSpace() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == '\n') {
        line++;
        lineStart = pos + 1;
      } else if (c != ' ' && c != '\t' && c != '\r') {
        return;
      }
      pos++;
    }
  }

  ProbeException error(String what) {
    return errorAt(line, column(), what);
  }

  ProbeException errorAt(int atLine, int atColumn, String what) {
    return ProbeException.invalid(
        source + ", line " + atLine + ", column " + atColumn + ": " + what);
  }
}
