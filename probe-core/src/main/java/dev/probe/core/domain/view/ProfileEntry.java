package dev.probe.core.domain.view;

import dev.probe.core.domain.ProfileSnapshot;
import dev.probe.core.domain.diff.CounterChange;
import java.util.List;

/**
 * One profile snapshot and what changed since the one before.
 *
 * @param snapshot the snapshot
 * @param changes counters changed since the previous snapshot (all of them for the first)
 */
public record ProfileEntry(ProfileSnapshot snapshot, List<CounterChange> changes) {
  public ProfileEntry {
    changes = List.copyOf(changes);
  }
}
