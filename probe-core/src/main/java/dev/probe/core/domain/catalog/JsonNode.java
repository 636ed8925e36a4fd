package dev.probe.core.domain.catalog;

import dev.probe.core.domain.ProbeException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One value of a JSON document with where it stood, so that a catalogue that is valid JSON but not
 * the expected shape can still be reported by line and column.
 *
 * @param value a {@link String}, {@link BigDecimal}, {@link Boolean}, {@code List<JsonNode>},
 *     {@code Map<String, JsonNode>} (in document order), or {@code null} for JSON null
 * @param source the file's name, for messages
 * @param line 1-based line of the value's first character
 * @param column 1-based column of the value's first character
 */
record JsonNode(Object value, String source, int line, int column) {

  ProbeException error(String what) {
    return ProbeException.invalid(source + ", line " + line + ", column " + column + ": " + what);
  }

  boolean isNull() {
    return value == null;
  }

  @SuppressWarnings("unchecked")
  Map<String, JsonNode> object() {
    if (value instanceof Map<?, ?> m) {
      return (Map<String, JsonNode>) m;
    }
    throw error("expected an object, found " + kind());
  }

  @SuppressWarnings("unchecked")
  List<JsonNode> array() {
    if (value instanceof List<?> l) {
      return (List<JsonNode>) l;
    }
    throw error("expected an array, found " + kind());
  }

  String string() {
    if (value instanceof String s) {
      return s;
    }
    throw error("expected a string, found " + kind());
  }

  BigDecimal number() {
    if (value instanceof BigDecimal n) {
      return n;
    }
    throw error("expected a number, found " + kind());
  }

  int intValue() {
    try {
      return number().intValueExact();
    } catch (ArithmeticException e) {
      throw error("expected a whole number, found " + value);
    }
  }

  boolean bool() {
    if (value instanceof Boolean b) {
      return b;
    }
    throw error("expected true or false, found " + kind());
  }

  /** A member that must be present. */
  JsonNode get(String name) {
    JsonNode member = object().get(name);
    if (member == null) {
      throw error("the object has no \"" + name + "\"");
    }
    return member;
  }

  /** A member that may be absent or null. */
  Optional<JsonNode> opt(String name) {
    JsonNode member = object().get(name);
    return member == null || member.isNull() ? Optional.empty() : Optional.of(member);
  }

  String kind() {
    if (value == null) {
      return "null";
    }
    if (value instanceof String) {
      return "a string";
    }
    if (value instanceof BigDecimal) {
      return "a number";
    }
    if (value instanceof Boolean) {
      return "a boolean";
    }
    return value instanceof List ? "an array" : "an object";
  }
}
