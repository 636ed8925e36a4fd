package dev.probe.core.application.port.in;

import dev.probe.core.domain.view.ProfileEntry;
import java.util.List;

/** Every profile snapshot, oldest first, each with the counters changed since the one before. */
public interface ShowProfileHistoryUseCase {
  /**
   * @throws dev.probe.core.domain.ProbeException {@code NOT_FOUND} for an unknown player
   */
  List<ProfileEntry> showProfileHistory(ShowProfileHistoryQuery query);
}
