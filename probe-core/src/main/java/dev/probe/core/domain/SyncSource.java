package dev.probe.core.domain;

/** How pages reached the archive. */
public enum SyncSource {
  /** fetched from NET with the player's session */
  NET,
  /** saved pages imported from files, folders or zips, or uploaded */
  IMPORT,
  /** raw pages pushed from a home machine to a remote probe */
  PUSH,
  /** stored raw pages read again with today's parsers */
  REPARSE
}
