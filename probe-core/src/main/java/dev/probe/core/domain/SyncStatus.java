package dev.probe.core.domain;

/** Where a sync run ended. */
public enum SyncStatus {
  RUNNING,
  /** everything fetched and stored */
  DONE,
  /** stopped by a typed error; what was fetched before it is kept */
  STOPPED
}
