package dev.probe.store;

import static dev.probe.store.gen.Tables.RAW_BODY;
import static dev.probe.store.gen.Tables.RAW_SIGHTING;

import dev.probe.core.application.port.out.RawPageStorePort;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.RawPage;
import dev.probe.core.domain.RawPageRef;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.jooq.Record;

/** Raw pages: one compressed body per SHA-256, one row per sighting. */
final class RawPageStore implements RawPageStorePort {

  private final StoreTx tx;

  RawPageStore(StoreTx tx) {
    this.tx = tx;
  }

  @Override
  public String saveRawPage(PlayerId player, long syncRunId, RawPage page) {
    String sha = page.sha256();
    return tx.write(
        dsl -> {
          if (!dsl.fetchExists(RAW_BODY, RAW_BODY.SHA256.eq(sha))) {
            dsl.insertInto(RAW_BODY)
                .set(RAW_BODY.SHA256, sha)
                .set(RAW_BODY.SIZE, page.size())
                .set(RAW_BODY.GZ, Gzip.compress(page.body()))
                .onConflictDoNothing()
                .execute();
          }
          dsl.insertInto(RAW_SIGHTING)
              .set(RAW_SIGHTING.PLAYER, player.value())
              .set(RAW_SIGHTING.SYNC_RUN_ID, syncRunId)
              .set(RAW_SIGHTING.SHA256, sha)
              .set(RAW_SIGHTING.URL, page.url().toString())
              .set(RAW_SIGHTING.FETCHED_AT, PlayRows.utc(page.fetchedAt()))
              .onConflictDoNothing()
              .execute();
          return sha;
        });
  }

  @Override
  public Optional<RawPage> loadRawPage(String sha256) {
    return tx.read(
        dsl ->
            dsl.select(RAW_BODY.GZ, RAW_SIGHTING.URL, RAW_SIGHTING.FETCHED_AT)
                .from(RAW_BODY)
                .join(RAW_SIGHTING)
                .on(RAW_SIGHTING.SHA256.eq(RAW_BODY.SHA256))
                .where(RAW_BODY.SHA256.eq(sha256))
                .orderBy(RAW_SIGHTING.FETCHED_AT, RAW_SIGHTING.ID)
                .limit(1)
                .fetchOptional(
                    r ->
                        new RawPage(
                            URI.create(r.get(RAW_SIGHTING.URL)),
                            r.get(RAW_SIGHTING.FETCHED_AT).toInstant(),
                            Gzip.decompress(r.get(RAW_BODY.GZ)))));
  }

  @Override
  public List<RawPageRef> rawPages(PlayerId player) {
    return tx.read(
        dsl ->
            dsl.select(RAW_SIGHTING.fields())
                .select(RAW_BODY.SIZE)
                .from(RAW_SIGHTING)
                .join(RAW_BODY)
                .on(RAW_BODY.SHA256.eq(RAW_SIGHTING.SHA256))
                .where(RAW_SIGHTING.PLAYER.eq(player.value()))
                .orderBy(RAW_SIGHTING.FETCHED_AT, RAW_SIGHTING.ID)
                .fetch(RawPageStore::ref));
  }

  @Override
  public Optional<RawPageRef> latestRawPage(PlayerId player, String url) {
    return tx.read(
        dsl ->
            dsl.select(RAW_SIGHTING.fields())
                .select(RAW_BODY.SIZE)
                .from(RAW_SIGHTING)
                .join(RAW_BODY)
                .on(RAW_BODY.SHA256.eq(RAW_SIGHTING.SHA256))
                .where(RAW_SIGHTING.PLAYER.eq(player.value()))
                .and(RAW_SIGHTING.URL.eq(url))
                .orderBy(RAW_SIGHTING.FETCHED_AT.desc(), RAW_SIGHTING.ID.desc())
                .limit(1)
                .fetchOptional(RawPageStore::ref));
  }

  static RawPageRef ref(Record r) {
    return new RawPageRef(
        r.get(RAW_SIGHTING.SHA256),
        new PlayerId(r.get(RAW_SIGHTING.PLAYER)),
        r.get(RAW_SIGHTING.SYNC_RUN_ID),
        URI.create(r.get(RAW_SIGHTING.URL)),
        r.get(RAW_SIGHTING.FETCHED_AT).toInstant(),
        r.get(RAW_BODY.SIZE));
  }
}
