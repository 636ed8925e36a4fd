package dev.probe.core.application.service;

import dev.probe.core.application.port.in.ShowProfileHistoryQuery;
import dev.probe.core.application.port.in.ShowProfileHistoryUseCase;
import dev.probe.core.application.port.out.PlayerStorePort;
import dev.probe.core.application.port.out.ProfileStorePort;
import dev.probe.core.domain.Player;
import dev.probe.core.domain.ProfileSnapshot;
import dev.probe.core.domain.diff.ProfileDiff;
import dev.probe.core.domain.view.ProfileEntry;
import java.util.ArrayList;
import java.util.List;

/** Every profile snapshot with what changed since the one before. */
public final class ShowProfileHistoryService implements ShowProfileHistoryUseCase {

  private final PlayerStorePort players;
  private final ProfileStorePort profiles;

  public ShowProfileHistoryService(PlayerStorePort players, ProfileStorePort profiles) {
    this.players = players;
    this.profiles = profiles;
  }

  @Override
  public List<ProfileEntry> showProfileHistory(ShowProfileHistoryQuery query) {
    Player player = Players.require(players, query.player());
    List<ProfileEntry> entries = new ArrayList<>();
    ProfileSnapshot previous = null;
    for (ProfileSnapshot s : profiles.history(player.id())) {
      entries.add(new ProfileEntry(s, ProfileDiff.between(previous, s)));
      previous = s;
    }
    return entries;
  }
}
