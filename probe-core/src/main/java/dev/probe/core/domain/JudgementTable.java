package dev.probe.core.domain;

import java.util.EnumMap;
import java.util.Map;

/** A play's judgements per note type; every {@link NoteType} has a row (possibly empty). */
public record JudgementTable(Map<NoteType, JudgementRow> rows) {
  public JudgementTable {
    EnumMap<NoteType, JudgementRow> copy = new EnumMap<>(NoteType.class);
    for (NoteType t : NoteType.values()) {
      copy.put(t, rows.getOrDefault(t, JudgementRow.EMPTY));
    }
    rows = java.util.Collections.unmodifiableMap(copy);
  }

  public JudgementRow row(NoteType type) {
    return rows.get(type);
  }

  /** All notes of the chart: the DX score maximum is three times this. */
  public int totalNotes() {
    return rows.values().stream().mapToInt(JudgementRow::total).sum();
  }
}
