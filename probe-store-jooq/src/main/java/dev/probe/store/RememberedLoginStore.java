package dev.probe.store;

import static dev.probe.store.gen.Tables.NET_LOGIN;

import dev.probe.core.application.port.out.RememberedLoginStorePort;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.Region;
import dev.probe.core.domain.RememberedLogin;
import java.util.Optional;

/** Sealed SEGA ID logins. Only ciphertext reaches this table; it is never exported. */
final class RememberedLoginStore implements RememberedLoginStorePort {

  private final StoreTx tx;

  RememberedLoginStore(StoreTx tx) {
    this.tx = tx;
  }

  @Override
  public Optional<RememberedLogin> loadLogin(PlayerId player) {
    return tx.read(
        dsl ->
            dsl.selectFrom(NET_LOGIN)
                .where(NET_LOGIN.PLAYER.eq(player.value()))
                .fetchOptional(
                    r ->
                        new RememberedLogin(
                            player,
                            Region.valueOf(r.getRegion()),
                            r.getSealed(),
                            r.getSavedAt().toInstant())));
  }

  @Override
  public void saveLogin(RememberedLogin login) {
    tx.write(
        dsl ->
            dsl.insertInto(NET_LOGIN)
                .set(NET_LOGIN.PLAYER, login.player().value())
                .set(NET_LOGIN.REGION, login.region().name())
                .set(NET_LOGIN.SEALED, login.sealed())
                .set(NET_LOGIN.SAVED_AT, PlayRows.utc(login.savedAt()))
                .onConflict(NET_LOGIN.PLAYER)
                .doUpdate()
                .set(NET_LOGIN.REGION, login.region().name())
                .set(NET_LOGIN.SEALED, login.sealed())
                .set(NET_LOGIN.SAVED_AT, PlayRows.utc(login.savedAt()))
                .execute());
  }

  @Override
  public void deleteLogin(PlayerId player) {
    tx.write(dsl -> dsl.deleteFrom(NET_LOGIN).where(NET_LOGIN.PLAYER.eq(player.value())).execute());
  }
}
