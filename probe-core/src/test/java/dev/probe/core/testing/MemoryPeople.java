package dev.probe.core.testing;

import dev.probe.core.domain.NetSession;
import dev.probe.core.domain.Player;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.ProfileSnapshot;
import dev.probe.core.domain.RememberedLogin;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Players, their NET sessions, kept logins and profile snapshots. */
final class MemoryPeople {

  private final Journal journal;
  private final Map<String, Player> players = new TreeMap<>();
  private final Map<PlayerId, NetSession> sessions = new HashMap<>();
  private final Map<PlayerId, RememberedLogin> logins = new HashMap<>();
  private final Map<PlayerId, TreeMap<Instant, ProfileSnapshot>> profiles = new HashMap<>();

  MemoryPeople(Journal journal) {
    this.journal = journal;
  }

  void savePlayer(Player p) {
    journal.put(players, p.id().value(), p);
  }

  Optional<Player> player(PlayerId id) {
    return Optional.ofNullable(players.get(id.value()));
  }

  List<Player> players() {
    return List.copyOf(players.values());
  }

  Optional<NetSession> session(PlayerId id) {
    return Optional.ofNullable(sessions.get(id));
  }

  void saveSession(NetSession s) {
    journal.put(sessions, s.player(), s);
  }

  void deleteSession(PlayerId id) {
    journal.remove(sessions, id);
  }

  Optional<RememberedLogin> login(PlayerId id) {
    return Optional.ofNullable(logins.get(id));
  }

  void saveLogin(RememberedLogin login) {
    journal.put(logins, login.player(), login);
  }

  void deleteLogin(PlayerId id) {
    journal.remove(logins, id);
  }

  void saveSnapshot(ProfileSnapshot s) {
    TreeMap<Instant, ProfileSnapshot> mine =
        profiles.computeIfAbsent(s.player(), k -> new TreeMap<>());
    if (!mine.containsKey(s.takenAt())) {
      journal.put(mine, s.takenAt(), s);
    }
  }

  List<ProfileSnapshot> history(PlayerId id) {
    return List.copyOf(profiles.getOrDefault(id, new TreeMap<>()).values());
  }

  Optional<ProfileSnapshot> latest(PlayerId id) {
    TreeMap<Instant, ProfileSnapshot> mine = profiles.get(id);
    return mine == null || mine.isEmpty()
        ? Optional.empty()
        : Optional.of(mine.lastEntry().getValue());
  }
}
