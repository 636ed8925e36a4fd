package dev.probe.core.domain;

import java.util.Optional;

/**
 * Sync marks, worst first. {@link #SYNC} only says the play was linked with others; the full syncs
 * are FS and better.
 */
public enum SyncFlag {
  NONE("", ""),
  SYNC("SYNC", "sync"),
  FS("FS", "fs"),
  FSP("FS+", "fsp"),
  FDX("FDX", "fdx"),
  FDXP("FDX+", "fdxp");

  private final String label;
  private final String key;

  SyncFlag(String label, String key) {
    this.label = label;
    this.key = key;
  }

  public String label() {
    return label;
  }

  /** NET score-list key ({@code fdxp}); the public trackers write {@code fsdp} for it. */
  public String key() {
    return key;
  }

  /** Accepts every alias NET has used: {@code fsd fsdplus fdx fdxp fdxplus fsplus}, dummies. */
  public static Optional<SyncFlag> ofIconName(String name) {
    switch (name) {
      case "sync_dummy":
      case "fs_dummy":
      case "back":
      case "blank":
        return Optional.of(NONE);
      case "sync":
        return Optional.of(SYNC);
      case "fs":
        return Optional.of(FS);
      case "fsp":
      case "fsplus":
        return Optional.of(FSP);
      case "fdx":
      case "fsd":
        return Optional.of(FDX);
      case "fdxp":
      case "fsdp":
      case "fsdplus":
      case "fdxplus":
        return Optional.of(FDXP);
      default:
        return Optional.empty();
    }
  }

  public static SyncFlag better(SyncFlag a, SyncFlag b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
