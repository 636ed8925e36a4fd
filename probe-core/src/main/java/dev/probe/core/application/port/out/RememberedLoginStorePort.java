package dev.probe.core.application.port.out;

import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.RememberedLogin;
import java.util.Optional;

/**
 * The sealed SEGA ID logins players chose to keep for unattended syncs; at most one per player.
 * Holds only what {@link SecretSealPort} sealed, never a password in the clear.
 */
public interface RememberedLoginStorePort {
  Optional<RememberedLogin> loadLogin(PlayerId player);

  void saveLogin(RememberedLogin login);

  void deleteLogin(PlayerId player);
}
