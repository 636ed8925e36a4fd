package dev.probe.web;

import dev.probe.core.domain.ProbeException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One request as a handler sees it: path parameters, typed query values, who asks, in what words.
 */
final class Call {
  private final WebRequest request;
  private final String path;
  private final Map<String, String> params;
  private final Origin origin;
  private final Texts texts;
  private final Viewer viewer;
  private Form form;

  Call(
      WebRequest request,
      String path,
      Map<String, String> params,
      Origin origin,
      Texts texts,
      Viewer viewer) {
    this.request = request;
    this.path = path;
    this.params = Map.copyOf(params);
    this.origin = origin;
    this.texts = texts;
    this.viewer = viewer;
  }

  WebRequest request() {
    return request;
  }

  /** The path below the base path. */
  String path() {
    return path;
  }

  boolean isApi() {
    return path.startsWith("/api/");
  }

  Origin origin() {
    return origin;
  }

  Texts texts() {
    return texts;
  }

  Viewer viewer() {
    return viewer;
  }

  String param(String name) {
    String v = params.get(name);
    if (v == null) {
      throw new IllegalStateException("route has no parameter " + name);
    }
    return v;
  }

  Optional<String> query(String name) {
    return request.queryParam(name).map(String::strip).filter(s -> !s.isEmpty());
  }

  int intQuery(String name, int fallback, int min, int max) {
    Optional<String> v = query(name);
    if (v.isEmpty()) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(v.get());
      if (n < min || n > max) {
        throw ProbeException.invalid(name + " must be from " + min + " to " + max + ": " + n);
      }
      return n;
    } catch (NumberFormatException e) {
      throw ProbeException.invalid(name + " must be a whole number: '" + v.get() + "'");
    }
  }

  <E extends Enum<E>> Optional<E> enumQuery(String name, Class<E> type) {
    Optional<String> v = query(name);
    if (v.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Enum.valueOf(type, v.get().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      StringBuilder allowed = new StringBuilder();
      for (E c : type.getEnumConstants()) {
        allowed.append(allowed.length() == 0 ? "" : ", ").append(c.name());
      }
      throw ProbeException.invalid(name + " must be one of " + allowed + ": '" + v.get() + "'");
    }
  }

  Optional<java.time.LocalDate> dateQuery(String name) {
    Optional<String> v = query(name);
    if (v.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(java.time.LocalDate.parse(v.get()));
    } catch (java.time.format.DateTimeParseException e) {
      throw ProbeException.invalid(name + " must be a date like 2026-01-31: '" + v.get() + "'");
    }
  }

  /** The body read as a form (parsed once). */
  Form form() {
    if (form == null) {
      form = Form.parse(request);
    }
    return form;
  }
}
