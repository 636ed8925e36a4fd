package dev.probe.scraper;

import dev.probe.core.domain.JudgementRow;
import dev.probe.core.domain.JudgementTable;
import dev.probe.core.domain.NoteType;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * {@code table.playlog_notes_detail}: one row per note type (named by its {@code th} image), five
 * cells CRITICAL PERFECT, PERFECT, GREAT, GOOD, MISS. An empty cell (or one holding only U+3000) is
 * "not applicable" and stays null, never 0.
 */
final class JudgementTableReader {

  private static final String KIND = PlayDetailParser.KIND;

  private JudgementTableReader() {}

  static JudgementTable read(Element gray) {
    Element table = Scan.firstWithClass(gray, "playlog_notes_detail");
    if (table == null) {
      throw Pages.unreadable(KIND, "it has no judgement table");
    }
    Map<NoteType, JudgementRow> rows = new EnumMap<>(NoteType.class);
    for (Element tr : table.getElementsByTag("tr")) {
      NoteType type = noteType(tr);
      if (type == null) {
        continue; // the header row of judgement images
      }
      List<Element> cells = tr.getElementsByTag("td");
      if (cells.size() != 5 || rows.containsKey(type)) {
        throw Pages.unreadable(KIND, "its " + type + " row is malformed");
      }
      Integer[] v = new Integer[5];
      for (int i = 0; i < 5; i++) {
        v[i] = cell(cells.get(i), type);
      }
      rows.put(type, new JudgementRow(v[0], v[1], v[2], v[3], v[4]));
    }
    if (rows.size() != NoteType.values().length || rows.get(NoteType.BREAK).isEmpty()) {
      throw Pages.unreadable(KIND, "its judgement table lacks a note type");
    }
    return new JudgementTable(rows);
  }

  private static NoteType noteType(Element tr) {
    Element th = Scan.firstTag(tr, "th");
    Element img = th == null ? null : Scan.firstTag(th, "img");
    if (img == null) {
      return null;
    }
    String name = Icons.name(img).toUpperCase(Locale.ROOT);
    for (NoteType t : NoteType.values()) {
      if (t.name().equals(name)) {
        return t;
      }
    }
    return null;
  }

  private static Integer cell(Element td, NoteType type) {
    String text = Texts.trimAscii(td.text()).replace("\u3000", "");
    if (text.isEmpty()) {
      return null;
    }
    int n = Texts.number(text);
    if (n < 0 || !text.matches("\\d[\\d,]*")) {
      throw Pages.unreadable(KIND, "its " + type + " row has a cell that is not a number");
    }
    return n;
  }
}
