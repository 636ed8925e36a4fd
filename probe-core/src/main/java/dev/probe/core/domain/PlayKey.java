package dev.probe.core.domain;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * The identity of a play within one player's archive. From the record list's detail {@code idx}
 * ({@code slot,unixseconds}) it is the exact second ({@code t:1759467960}); old pages whose idx has
 * no time fall back to the shown minute, the track and the chart ({@code m:2025-10-03T12:58|3|…}).
 */
public record PlayKey(String value) implements Comparable<PlayKey> {

  public PlayKey {
    if (value == null || !(value.startsWith("t:") || value.startsWith("m:"))) {
      throw new IllegalArgumentException("bad play key: " + value);
    }
  }

  public static PlayKey ofInstant(Instant playedAt) {
    return new PlayKey("t:" + playedAt.getEpochSecond());
  }

  /** The fallback for pages without a timestamp in the idx. */
  public static PlayKey ofMinute(LocalDateTime shownMinute, int track, ChartId chart) {
    return new PlayKey("m:" + shownMinute.withSecond(0) + "|" + track + "|" + chart.asString());
  }

  public boolean isExact() {
    return value.startsWith("t:");
  }

  @Override
  public int compareTo(PlayKey o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
