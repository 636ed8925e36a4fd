package dev.probe.core.application.service;

import dev.probe.core.application.port.in.LoginToNetUseCase;
import dev.probe.core.application.port.in.Progress;
import dev.probe.core.application.port.in.SyncPlayerCommand;
import dev.probe.core.application.port.in.SyncPlayerUseCase;
import dev.probe.core.application.port.in.SyncReport;
import dev.probe.core.domain.ProbeException;
import dev.probe.core.domain.SyncStatus;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A sync that, when NET no longer accepts the session and the player chose to keep their SEGA ID
 * login, logs in once with it and syncs once more. Never more than one login per sync: a session
 * that expires again right away stays expired until the player acts.
 */
public final class RenewingSyncService implements SyncPlayerUseCase {

  private final SyncPlayerUseCase sync;
  private final LoginToNetUseCase login;

  public RenewingSyncService(SyncPlayerUseCase sync, LoginToNetUseCase login) {
    this.sync = Objects.requireNonNull(sync, "sync");
    this.login = Objects.requireNonNull(login, "login");
  }

  @Override
  public SyncReport sync(SyncPlayerCommand command, Consumer<Progress> progress) {
    SyncReport first;
    try {
      first = sync.sync(command, progress);
    } catch (ProbeException e) {
      if (e.kind() != ProbeException.Kind.SESSION_EXPIRED) {
        throw e;
      }
      if (!renew(command, progress)) {
        throw e;
      }
      return sync.sync(command, progress);
    }
    boolean expired =
        first.run().status() == SyncStatus.STOPPED
            && ProbeException.Kind.SESSION_EXPIRED.name().equals(first.run().errorKind());
    if (expired && renew(command, progress)) {
      return sync.sync(command, progress);
    }
    return first;
  }

  private boolean renew(SyncPlayerCommand command, Consumer<Progress> progress) {
    boolean renewed = login.renewSession(command.player());
    if (renewed) {
      progress.accept(new Progress("session expired: logged in again with the kept login", 1, 1));
    }
    return renewed;
  }
}
