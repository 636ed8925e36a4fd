package dev.probe.app.exchange;

import dev.probe.core.domain.ProbeException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A CSV file with a header row: fields by column name, with the row's line for messages. */
final class CsvTable {
  private final Map<String, Integer> columns = new HashMap<>();
  private final List<Csv.Row> rows;

  private CsvTable(List<String> header, List<Csv.Row> rows) {
    for (int i = 0; i < header.size(); i++) {
      columns.putIfAbsent(header.get(i).strip(), i);
    }
    this.rows = rows;
  }

  /** Parses {@code text}; the header must name every one of {@code required}. */
  static CsvTable parse(String text, String formatName, List<String> required) {
    List<Csv.Row> all = Csv.parse(text);
    if (all.isEmpty()) {
      throw ProbeException.invalid(
          "the file is empty: a " + formatName + " file starts with a header");
    }
    CsvTable table = new CsvTable(all.get(0).fields(), all.subList(1, all.size()));
    for (String name : required) {
      if (!table.columns.containsKey(name)) {
        throw ProbeException.invalid(
            "line "
                + all.get(0).line()
                + ": this is not a "
                + formatName
                + " file: its header has no '"
                + name
                + "' column (header: "
                + String.join(",", all.get(0).fields())
                + ")");
      }
    }
    return table;
  }

  List<Csv.Row> rows() {
    return rows;
  }

  boolean has(String column) {
    return columns.containsKey(column);
  }

  /** The field, "" when the column is absent or the row is short. */
  String get(Csv.Row row, String column) {
    Integer i = columns.get(column);
    return i == null || i >= row.fields().size() ? "" : row.fields().get(i);
  }

  /** Every named field of a row. */
  Map<String, String> fields(Csv.Row row) {
    Map<String, String> out = new HashMap<>();
    columns.forEach((name, i) -> out.put(name, i < row.fields().size() ? row.fields().get(i) : ""));
    return out;
  }
}
