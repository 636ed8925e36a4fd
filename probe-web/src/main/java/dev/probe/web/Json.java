package dev.probe.web;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes view models as JSON: records become objects (components in declaration order), so every
 * page's JSON twin is its view model as it is. Small on purpose: probe-web must not pull a JSON
 * library into the Lambda.
 */
final class Json {
  private static final Map<Class<?>, RecordComponent[]> COMPONENTS = new ConcurrentHashMap<>();

  private Json() {}

  static String write(Object value) {
    StringBuilder out = new StringBuilder(256);
    write(value, out);
    return out.toString();
  }

  static void write(Object value, StringBuilder out) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof CharSequence s) {
      string(s, out);
    } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
      out.append(value);
    } else if (value instanceof Number n) {
      double d = n.doubleValue();
      out.append(Double.isFinite(d) ? n.toString() : "null");
    } else if (value instanceof Enum<?> e) {
      string(e.name(), out);
    } else if (value instanceof Instant || value instanceof LocalDate) {
      string(value.toString(), out);
    } else if (value instanceof Optional<?> o) {
      write(o.orElse(null), out);
    } else if (value instanceof Collection<?> c) {
      array(c, out);
    } else if (value instanceof Map<?, ?> m) {
      object(m, out);
    } else if (value instanceof int[] ints) {
      out.append('[');
      for (int i = 0; i < ints.length; i++) {
        out.append(i == 0 ? "" : ",").append(ints[i]);
      }
      out.append(']');
    } else if (value instanceof Object[] items) {
      array(java.util.Arrays.asList(items), out);
    } else if (value.getClass().isRecord()) {
      record(value, out);
    } else {
      string(value.toString(), out);
    }
  }

  private static void array(Collection<?> items, StringBuilder out) {
    out.append('[');
    boolean first = true;
    for (Object item : items) {
      if (!first) {
        out.append(',');
      }
      first = false;
      write(item, out);
    }
    out.append(']');
  }

  private static void object(Map<?, ?> map, StringBuilder out) {
    out.append('{');
    boolean first = true;
    for (Map.Entry<?, ?> e : map.entrySet()) {
      if (!first) {
        out.append(',');
      }
      first = false;
      string(String.valueOf(e.getKey()), out);
      out.append(':');
      write(e.getValue(), out);
    }
    out.append('}');
  }

  private static void record(Object value, StringBuilder out) {
    RecordComponent[] components =
        COMPONENTS.computeIfAbsent(value.getClass(), Json::accessibleComponents);
    out.append('{');
    for (int i = 0; i < components.length; i++) {
      if (i > 0) {
        out.append(',');
      }
      string(components[i].getName(), out);
      out.append(':');
      write(read(components[i].getAccessor(), value), out);
    }
    out.append('}');
  }

  private static RecordComponent[] accessibleComponents(Class<?> type) {
    RecordComponent[] components = type.getRecordComponents();
    for (RecordComponent c : components) {
      c.getAccessor().setAccessible(true);
    }
    return components;
  }

  private static Object read(Method accessor, Object target) {
    try {
      return accessor.invoke(target);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + accessor, e);
    }
  }

  static void string(CharSequence s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        // '<' escaped so JSON can sit inside HTML without closing a tag early
        case '<' -> out.append("\\u003c");
        default -> {
          if (c < 0x20 || c == 0x2028 || c == 0x2029) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
