package dev.probe.core.application.port.out;

import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.ProfileSnapshot;
import java.util.List;
import java.util.Optional;

/** Profile snapshots over time. */
public interface ProfileStorePort {
  /** Saves a snapshot; the same (player, takenAt) twice is kept once. */
  void saveSnapshot(ProfileSnapshot snapshot);

  /** Oldest first. */
  List<ProfileSnapshot> history(PlayerId player);

  Optional<ProfileSnapshot> latest(PlayerId player);
}
