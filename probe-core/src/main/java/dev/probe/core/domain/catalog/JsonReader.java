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

  private final JsonCursor in;

  private JsonReader(JsonCursor in) {
    this.in = in;
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
    JsonCursor in = new JsonCursor(source, text);
    in.skipSpace();
    JsonNode value = new JsonReader(in).value(0);
    in.skipSpace();
    if (!in.atEnd()) {
      throw in.error("unexpected '" + in.peek() + "' after the end of the document");
    }
    return value;
  }

  private JsonNode value(int depth) {
    if (depth > MAX_DEPTH) {
      throw in.error("nested deeper than " + MAX_DEPTH + " levels");
    }
    if (in.atEnd()) {
      throw in.error("the document ends where a value should be");
    }
    int valueLine = in.line();
    int valueColumn = in.column();
    char c = in.text.charAt(in.pos);
    Object v;
    if (c == '{') {
      v = object(depth);
    } else if (c == '[') {
      v = array(depth);
    } else if (c == '"') {
      v = string();
    } else if (c == '-' || (c >= '0' && c <= '9')) {
      v = number();
    } else if (in.startsWith("true")) {
      in.pos += 4;
      v = Boolean.TRUE;
    } else if (in.startsWith("false")) {
      in.pos += 5;
      v = Boolean.FALSE;
    } else if (in.startsWith("null")) {
      in.pos += 4;
      v = null;
    } else {
      throw in.error("unexpected '" + c + "' where a value should be");
    }
    return new JsonNode(v, in.source, valueLine, valueColumn);
  }

  private Map<String, JsonNode> object(int depth) {
    in.pos++; // {
    Map<String, JsonNode> members = new LinkedHashMap<>();
    in.skipSpace();
    if (in.peek() == '}') {
      in.pos++;
      return members;
    }
    while (true) {
      in.skipSpace();
      if (in.peek() != '"') {
        throw in.error("expected a member name in double quotes");
      }
      int keyLine = in.line();
      int keyColumn = in.column();
      String key = string();
      in.skipSpace();
      in.expect(':');
      in.skipSpace();
      JsonNode v = value(depth + 1);
      if (members.put(key, v) != null) {
        throw in.errorAt(keyLine, keyColumn, "duplicate key \"" + key + "\"");
      }
      in.skipSpace();
      if (in.peek() == ',') {
        in.pos++;
      } else {
        in.expect('}');
        return members;
      }
    }
  }

  private List<JsonNode> array(int depth) {
    in.pos++; // [
    List<JsonNode> items = new ArrayList<>();
    in.skipSpace();
    if (in.peek() == ']') {
      in.pos++;
      return items;
    }
    while (true) {
      in.skipSpace();
      items.add(value(depth + 1));
      in.skipSpace();
      if (in.peek() == ',') {
        in.pos++;
      } else {
        in.expect(']');
        return items;
      }
    }
  }

  private String string() {
    in.pos++; // opening quote
    StringBuilder out = new StringBuilder();
    while (true) {
      if (in.atEnd()) {
        throw in.error("a string is not closed");
      }
      char c = in.text.charAt(in.pos);
      if (c == '"') {
        in.pos++;
        return out.toString();
      }
      if (c < 0x20) {
        throw in.error("a control character must be escaped inside a string");
      }
      if (c == '\\') {
        out.append(escape());
      } else {
        out.append(c);
        in.pos++;
      }
    }
  }

  private char escape() {
    if (in.pos + 1 >= in.text.length()) {
      throw in.error("a string ends inside an escape");
    }
    char e = in.text.charAt(in.pos + 1);
    in.pos += 2;
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
        if (in.pos + 4 > in.text.length()
            || !in.text.substring(in.pos, in.pos + 4).matches("[0-9a-fA-F]{4}")) {
          in.pos -= 2;
          throw in.error("\\u needs four hexadecimal digits");
        }
        char u = (char) Integer.parseInt(in.text.substring(in.pos, in.pos + 4), 16);
        in.pos += 4;
        return u;
      default:
        in.pos -= 2;
        throw in.error("unknown escape \\" + e);
    }
  }

  private BigDecimal number() {
    int start = in.pos;
    if (in.peek() == '-') {
      in.pos++;
    }
    if (in.peek() == '0') {
      in.pos++;
    } else if (isDigit(in.peek())) {
      digits();
    } else {
      throw in.error("a number needs digits");
    }
    if (in.peek() == '.') {
      in.pos++;
      if (!isDigit(in.peek())) {
        throw in.error("a decimal point must be followed by digits");
      }
      digits();
    }
    if (in.peek() == 'e' || in.peek() == 'E') {
      in.pos++;
      if (in.peek() == '+' || in.peek() == '-') {
        in.pos++;
      }
      if (!isDigit(in.peek())) {
        throw in.error("an exponent needs digits");
      }
      digits();
    }
    if (isDigit(in.peek())) {
      throw in.error("a number may not start with 0 followed by digits");
    }
    return new BigDecimal(in.text.substring(start, in.pos));
  }

  private void digits() {
    while (isDigit(in.peek())) {
      in.pos++;
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
