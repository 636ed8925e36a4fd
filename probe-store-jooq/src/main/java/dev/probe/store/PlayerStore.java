package dev.probe.store;

import static dev.probe.store.gen.Tables.PLAYER;

import dev.probe.core.application.port.out.PlayerStorePort;
import dev.probe.core.domain.Player;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.Region;
import java.util.List;
import java.util.Optional;
import org.jooq.Record;

/** The players an archive holds. */
final class PlayerStore implements PlayerStorePort {

  private final StoreTx tx;

  PlayerStore(StoreTx tx) {
    this.tx = tx;
  }

  @Override
  public void savePlayer(Player p) {
    tx.write(
        dsl ->
            dsl.insertInto(PLAYER)
                .set(PLAYER.HANDLE, p.id().value())
                .set(PLAYER.REGION, p.region().name())
                .set(PLAYER.NAME, p.name())
                .set(PLAYER.FRIEND_CODE, p.friendCode())
                .onConflict(PLAYER.HANDLE)
                .doUpdate()
                .set(PLAYER.REGION, p.region().name())
                .set(PLAYER.NAME, p.name())
                .set(PLAYER.FRIEND_CODE, p.friendCode())
                .execute());
  }

  @Override
  public Optional<Player> findPlayer(PlayerId id) {
    return tx.read(
        dsl ->
            dsl.select(PLAYER.fields())
                .from(PLAYER)
                .where(PLAYER.HANDLE.eq(id.value()))
                .fetchOptional(PlayerStore::map));
  }

  @Override
  public List<Player> listPlayers() {
    return tx.read(
        dsl ->
            dsl.select(PLAYER.fields())
                .from(PLAYER)
                .orderBy(PLAYER.HANDLE)
                .fetch(PlayerStore::map));
  }

  static Player map(Record r) {
    return new Player(
        new PlayerId(r.get(PLAYER.HANDLE)),
        Region.valueOf(r.get(PLAYER.REGION)),
        r.get(PLAYER.NAME),
        r.get(PLAYER.FRIEND_CODE));
  }
}
