package dev.probe.app.exchange;

import dev.probe.core.domain.ProbeException;
import java.util.ArrayList;
import java.util.List;

/**
 * Comma-separated values as spreadsheets write them: quoted fields may hold commas, doubled quotes
 * and line breaks. Each record remembers the line it starts on, for messages.
 */
final class Csv {
  private Csv() {}

  record Row(int line, List<String> fields) {
    Row {
      fields = List.copyOf(fields);
    }
  }

  static List<Row> parse(String text) {
    List<Row> rows = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean fieldStarted = false;
    int line = 1;
    int rowLine = 1;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          if (c == '\n') {
            line++;
          }
          field.append(c);
        }
      } else if (c == '"' && field.length() == 0 && !fieldStarted) {
        quoted = true;
        fieldStarted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
        fieldStarted = false;
      } else if (c == '\r' || c == '\n') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        fields.add(field.toString());
        addUnlessBlank(rows, rowLine, fields);
        fields = new ArrayList<>();
        field.setLength(0);
        fieldStarted = false;
        line++;
        rowLine = line;
      } else {
        field.append(c);
        fieldStarted = true;
      }
      i++;
    }
    if (quoted) {
      throw ProbeException.invalid(
          "line " + rowLine + ": a quoted field is never closed (a '\"' is missing)");
    }
    if (fieldStarted || field.length() > 0 || !fields.isEmpty()) {
      fields.add(field.toString());
      addUnlessBlank(rows, rowLine, fields);
    }
    return rows;
  }

  private static void addUnlessBlank(List<Row> rows, int line, List<String> fields) {
    boolean blank = fields.stream().allMatch(String::isBlank);
    if (!blank) {
      rows.add(new Row(line, fields));
    }
  }

  /** Quotes a field when it holds a comma, a quote, a line break or edge spaces. */
  static String field(String value) {
    boolean plain =
        value.chars().noneMatch(ch -> ch == ',' || ch == '"' || ch == '\n' || ch == '\r')
            && value.strip().equals(value);
    return plain ? value : '"' + value.replace("\"", "\"\"") + '"';
  }

  static String line(List<String> values) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        b.append(',');
      }
      b.append(field(values.get(i)));
    }
    return b.append("\r\n").toString();
  }
}
