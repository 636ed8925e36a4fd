package dev.probe.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A path like {@code /plays/{id}}: literal segments and named ones that match any one segment. */
record PathTemplate(String text, String[] segments) {

  static PathTemplate of(String text) {
    if (!text.startsWith("/")) {
      throw new IllegalArgumentException("a path template starts with '/': " + text);
    }
    return new PathTemplate(text, split(text));
  }

  /** The named segments' values (URL-decoded) when {@code path} matches. */
  Optional<Map<String, String>> match(String path) {
    String[] parts = split(path);
    if (parts.length != segments.length) {
      return Optional.empty();
    }
    Map<String, String> params = new LinkedHashMap<>();
    for (int i = 0; i < parts.length; i++) {
      String s = segments[i];
      if (s.startsWith("{") && s.endsWith("}")) {
        if (parts[i].isEmpty()) {
          return Optional.empty();
        }
        params.put(s.substring(1, s.length() - 1), Urls.decode(parts[i]));
      } else if (!s.equals(parts[i])) {
        return Optional.empty();
      }
    }
    return Optional.of(params);
  }

  private static String[] split(String path) {
    String p =
        path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    return p.equals("/") ? new String[0] : p.substring(1).split("/", -1);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PathTemplate other && text.equals(other.text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  @Override
  public String toString() {
    return text;
  }
}
