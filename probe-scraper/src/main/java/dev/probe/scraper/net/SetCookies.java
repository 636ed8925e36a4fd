package dev.probe.scraper.net;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Applies {@code Set-Cookie} headers to a cookie jar. Every header is authoritative: a new value
 * replaces the old one, an expired one (Max-Age ≤ 0 or Expires in the past) removes it.
 */
final class SetCookies {

  private SetCookies() {}

  /** The jar after {@code headers}; {@code jar} itself is not changed. */
  static Map<String, String> apply(Map<String, String> jar, List<String> headers, Instant now) {
    Map<String, String> result = new TreeMap<>(jar);
    for (String header : headers) {
      String[] parts = header.split(";");
      int eq = parts[0].indexOf('=');
      if (eq <= 0) {
        continue; // not a cookie; ignore rather than guess
      }
      String name = parts[0].substring(0, eq).trim();
      String value = unquote(parts[0].substring(eq + 1).trim());
      if (expired(parts, now)) {
        result.remove(name);
      } else {
        result.put(name, value);
      }
    }
    return result;
  }

  private static boolean expired(String[] parts, Instant now) {
    for (int i = 1; i < parts.length; i++) {
      String attr = parts[i].trim();
      int eq = attr.indexOf('=');
      String key = (eq < 0 ? attr : attr.substring(0, eq)).trim().toLowerCase(Locale.ROOT);
      String val = eq < 0 ? "" : attr.substring(eq + 1).trim();
      if (key.equals("max-age")) {
        try {
          return Long.parseLong(val) <= 0; // Max-Age wins over Expires
        } catch (NumberFormatException e) {
          continue;
        }
      }
    }
    for (int i = 1; i < parts.length; i++) {
      String attr = parts[i].trim();
      if (attr.toLowerCase(Locale.ROOT).startsWith("expires=")) {
        try {
          Instant at =
              ZonedDateTime.parse(attr.substring(8).trim(), DateTimeFormatter.RFC_1123_DATE_TIME)
                  .toInstant();
          return !at.isAfter(now);
        } catch (DateTimeParseException e) {
          return false; // an unreadable date does not delete a cookie
        }
      }
    }
    return false;
  }

  private static String unquote(String v) {
    return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")
        ? v.substring(1, v.length() - 1)
        : v;
  }
}
