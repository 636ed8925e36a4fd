package dev.probe.store;

import static dev.probe.store.gen.Tables.NET_SESSION;

import dev.probe.core.application.port.out.NetSessionStorePort;
import dev.probe.core.domain.NetSession;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.Region;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jooq.JSONB;

/** NET cookies. Secret: the store's SQL logging is off, so their values never reach a log. */
final class NetSessionStore implements NetSessionStorePort {

  private final StoreTx tx;

  NetSessionStore(StoreTx tx) {
    this.tx = tx;
  }

  @Override
  public Optional<NetSession> loadSession(PlayerId player) {
    return tx.read(
        dsl ->
            dsl.select(NET_SESSION.fields())
                .from(NET_SESSION)
                .where(NET_SESSION.PLAYER.eq(player.value()))
                .fetchOptional(
                    r -> {
                      Map<String, String> cookies = new TreeMap<>();
                      Json.object(Json.read(r.get(NET_SESSION.COOKIES).data()))
                          .forEach((k, v) -> cookies.put(k, (String) v));
                      return new NetSession(
                          player,
                          Region.valueOf(r.get(NET_SESSION.REGION)),
                          cookies,
                          r.get(NET_SESSION.UPDATED_AT).toInstant(),
                          r.get(NET_SESSION.EXPIRED_AT) == null
                              ? null
                              : r.get(NET_SESSION.EXPIRED_AT).toInstant());
                    }));
  }

  @Override
  public void saveSession(NetSession s) {
    JSONB cookies = JSONB.valueOf(Json.write(new TreeMap<>(s.cookies())));
    java.time.OffsetDateTime expiredAt = s.expiredAtIfAny().map(PlayRows::utc).orElse(null);
    tx.write(
        dsl ->
            dsl.insertInto(NET_SESSION)
                .set(NET_SESSION.PLAYER, s.player().value())
                .set(NET_SESSION.REGION, s.region().name())
                .set(NET_SESSION.COOKIES, cookies)
                .set(NET_SESSION.UPDATED_AT, PlayRows.utc(s.updatedAt()))
                .set(NET_SESSION.EXPIRED_AT, expiredAt)
                .onConflict(NET_SESSION.PLAYER)
                .doUpdate()
                .set(NET_SESSION.REGION, s.region().name())
                .set(NET_SESSION.COOKIES, cookies)
                .set(NET_SESSION.UPDATED_AT, PlayRows.utc(s.updatedAt()))
                .set(NET_SESSION.EXPIRED_AT, expiredAt)
                .execute());
  }

  @Override
  public void deleteSession(PlayerId player) {
    tx.write(
        dsl -> dsl.deleteFrom(NET_SESSION).where(NET_SESSION.PLAYER.eq(player.value())).execute());
  }
}
