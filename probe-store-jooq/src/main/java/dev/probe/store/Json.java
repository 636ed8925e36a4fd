package dev.probe.store;

import java.util.List;
import java.util.Map;
import org.jooq.tools.json.JSONParser;
import org.jooq.tools.json.JSONValue;
import org.jooq.tools.json.ParseException;

/** JSON text to and from plain maps, lists, strings, longs and booleans (jOOQ's own reader). */
final class Json {

  private Json() {}

  static String write(Object value) {
    return JSONValue.toJSONString(value);
  }

  static Object read(String text) {
    try {
      return new JSONParser().parse(text);
    } catch (ParseException e) {
      throw new IllegalStateException("stored JSON is malformed at " + e.getPosition(), e);
    }
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> object(Object value) {
    return (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  static List<Object> array(Object value) {
    return (List<Object>) value;
  }

  static int integer(Object value) {
    return ((Number) value).intValue();
  }

  static Integer nullableInt(Object value) {
    return value == null ? null : ((Number) value).intValue();
  }
}
