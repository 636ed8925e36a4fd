package dev.probe.core.domain;

/**
 * STD (standard) and DX charts of one song are different charts. Utage charts are filed as DX, as
 * the public catalogues do; their difficulty is {@link Difficulty#UTAGE}.
 */
public enum ChartType {
  STD,
  DX
}
