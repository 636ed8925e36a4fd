package dev.probe.core.application.port.out;

import dev.probe.core.domain.NetSession;
import dev.probe.core.domain.PlayerId;
import java.util.Optional;

/** The NET session of each player: secret, saved after every request so the next sync continues. */
public interface NetSessionStorePort {
  Optional<NetSession> loadSession(PlayerId player);

  void saveSession(NetSession session);

  void deleteSession(PlayerId player);
}
