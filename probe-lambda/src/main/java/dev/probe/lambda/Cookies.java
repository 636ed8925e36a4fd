package dev.probe.lambda;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads request cookies from {@code name=value} pairs; the first of a repeated name wins. */
final class Cookies {
  private Cookies() {}

  /** From {@code Cookie} header values, each {@code a=1; b=2}. */
  static Map<String, String> fromHeaders(List<String> headerValues) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String header : headerValues) {
      for (String pair : header.split(";")) {
        add(out, pair);
      }
    }
    return out;
  }

  /** From HTTP API 2.0's {@code cookies} array, each one {@code name=value}. */
  static Map<String, String> fromPairs(List<String> pairs) {
    Map<String, String> out = new LinkedHashMap<>();
    pairs.forEach(pair -> add(out, pair));
    return out;
  }

  private static void add(Map<String, String> out, String pair) {
    int eq = pair.indexOf('=');
    if (eq <= 0) {
      return;
    }
    String name = pair.substring(0, eq).trim();
    String value = pair.substring(eq + 1).trim();
    if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
      value = value.substring(1, value.length() - 1);
    }
    if (!name.isEmpty()) {
      out.putIfAbsent(name, value);
    }
  }
}
