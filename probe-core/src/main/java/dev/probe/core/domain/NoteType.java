package dev.probe.core.domain;

/** Rows of the judgement table, in NET's order. */
public enum NoteType {
  TAP,
  HOLD,
  SLIDE,
  TOUCH,
  BREAK
}
