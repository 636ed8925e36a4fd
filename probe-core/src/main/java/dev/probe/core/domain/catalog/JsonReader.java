package dev.probe.core.domain.catalog;

import dev.probe.core.domain.ProbeException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small, strict JSON reader (RFC 8259): UTF-8 only, no comments, no trailing commas, no duplicate
 * keys, nothing after the value. Every error is {@code INVALID_INPUT} with the line and column
 * where reading stopped.
 */
final class JsonReader {

  private static final int MAX_DEPTH = 200;

  private final String source;
  private final String text;
  private int pos;
  private int line = 1;
  private int lineStart;

  private JsonReader(String source, String text) {
    this.source = source;
    this.text = text;
  }

  static JsonNode read(String source, byte[] utf8) {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(utf8))
              .toString();
    } catch (CharacterCodingException e) {
      throw ProbeException.invalid(source + " is not UTF-8 text");
    }
    JsonReader r = new JsonReader(source, text);
    if (text.startsWith("\uFEFF")) {
      r.pos = 1;
      r.lineStart = 1;
    }
    r.skipSpace();
    JsonNode value = r.value(0);
    r.skipSpace();
    if (r.pos < text.length()) {
      throw r.error("unexpected '" + text.charAt(r.pos) + "' after the end of the document");
    }
    return value;
  }

  private JsonNode value(int depth) {
    if (depth > MAX_DEPTH) {
      throw error("nested deeper than " + MAX_DEPTH + " levels");
    }
    if (pos >= text.length()) {
      throw error("the document ends where a value should be");
    }
    int valueLine = line;
    int valueColumn = pos - lineStart + 1;
    char c = text.charAt(pos);
    Object v;
    if (c == '{') {
      v = object(depth);
    } else if (c == '[') {
      v = array(depth);
    } else if (c == '"') {
      v = string();
    } else if (c == '-' || (c >= '0' && c <= '9')) {
      v = number();
    } else if (text.startsWith("true", pos)) {
      pos += 4;
      v = Boolean.TRUE;
    } else if (text.startsWith("false", pos)) {
      pos += 5;
      v = Boolean.FALSE;
    } else if (text.startsWith("null", pos)) {
      pos += 4;
      v = null;
    } else {
      throw error("unexpected '" + c + "' where a value should be");
    }
    return new JsonNode(v, source, valueLine, valueColumn);
  }

  private Map<String, JsonNode> object(int depth) {
    pos++; // {
    Map<String, JsonNode> members = new LinkedHashMap<>();
    skipSpace();
    if (peek() == '}') {
      pos++;
      return members;
    }
    while (true) {
      skipSpace();
      if (peek() != '"') {
        throw error("expected a member name in double quotes");
      }
      int keyLine = line;
      int keyColumn = pos - lineStart + 1;
      String key = string();
      skipSpace();
      expect(':');
      skipSpace();
      JsonNode v = value(depth + 1);
      if (members.put(key, v) != null) {
        throw ProbeException.invalid(
            source
                + ", line "
                + keyLine
                + ", column "
                + keyColumn
                + ": duplicate key \""
                + key
                + "\"");
      }
      skipSpace();
      if (peek() == ',') {
        pos++;
      } else {
        expect('}');
        return members;
      }
    }
  }

  private List<JsonNode> array(int depth) {
    pos++; // [
    List<JsonNode> items = new ArrayList<>();
    skipSpace();
    if (peek() == ']') {
      pos++;
      return items;
    }
    while (true) {
      skipSpace();
      items.add(value(depth + 1));
      skipSpace();
      if (peek() == ',') {
        pos++;
      } else {
        expect(']');
        return items;
      }
    }
  }

  private String string() {
    pos++; // opening quote
    StringBuilder out = new StringBuilder();
    while (true) {
      if (pos >= text.length()) {
        throw error("a string is not closed");
      }
      char c = text.charAt(pos);
      if (c == '"') {
        pos++;
        return out.toString();
      }
      if (c < 0x20) {
        throw error("a control character must be escaped inside a string");
      }
      if (c == '\\') {
        out.append(escape());
      } else {
        out.append(c);
        pos++;
      }
    }
  }

  private char escape() {
    if (pos + 1 >= text.length()) {
      throw error("a string ends inside an escape");
    }
    char e = text.charAt(pos + 1);
    pos += 2;
    switch (e) {
      case '"':
        return '"';
      case '\\':
        return '\\';
      case '/':
        return '/';
      case 'b':
        return '\b';
      case 'f':
        return '\f';
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 't':
        return '\t';
      case 'u':
        if (pos + 4 > text.length() || !text.substring(pos, pos + 4).matches("[0-9a-fA-F]{4}")) {
          pos -= 2;
          throw error("\\u needs four hexadecimal digits");
        }
        char u = (char) Integer.parseInt(text.substring(pos, pos + 4), 16);
        pos += 4;
        return u;
      default:
        pos -= 2;
        throw error("unknown escape \\" + e);
    }
  }

  private BigDecimal number() {
    int start = pos;
    if (peek() == '-') {
      pos++;
    }
    if (peek() == '0') {
      pos++;
    } else if (isDigit(peek())) {
      digits();
    } else {
      throw error("a number needs digits");
    }
    if (peek() == '.') {
      pos++;
      if (!isDigit(peek())) {
        throw error("a decimal point must be followed by digits");
      }
      digits();
    }
    if (peek() == 'e' || peek() == 'E') {
      pos++;
      if (peek() == '+' || peek() == '-') {
        pos++;
      }
      if (!isDigit(peek())) {
        throw error("an exponent needs digits");
      }
      digits();
    }
    if (isDigit(peek())) {
      throw error("a number may not start with 0 followed by digits");
    }
    return new BigDecimal(text.substring(start, pos));
  }

  private void digits() {
    while (isDigit(peek())) {
      pos++;
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private char peek() {
    return pos < text.length() ? text.charAt(pos) : '\0';
  }

  private void expect(char c) {
    if (peek() != c) {
      throw error(
          pos >= text.length()
              ? "the document ends where '" + c + "' should be"
              : "expected '" + c + "' but found '" + text.charAt(pos) + "'");
    }
    pos++;
  }

  private void skipSpace() {
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

  private ProbeException error(String what) {
    return ProbeException.invalid(
        source + ", line " + line + ", column " + (pos - lineStart + 1) + ": " + what);
  }
}
