package dev.probe.store;

import static dev.probe.store.gen.Tables.SYNC_RUN;

import dev.probe.core.application.port.out.SyncRunStorePort;
import dev.probe.core.domain.PageRequest;
import dev.probe.core.domain.PageResult;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.ProbeException;
import dev.probe.core.domain.SyncRun;
import dev.probe.core.domain.SyncSource;
import dev.probe.core.domain.SyncStatus;
import dev.probe.store.gen.tables.records.SyncRunRecord;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;

/** Sync runs: the archive's journal of syncs, imports and pushes. */
final class SyncRunStore implements SyncRunStorePort {

  private final StoreTx tx;

  SyncRunStore(StoreTx tx) {
    this.tx = tx;
  }

  @Override
  public long startRun(SyncRun run) {
    return tx.write(
        dsl -> {
          SyncRunRecord r = record(dsl, run);
          r.changed(SYNC_RUN.ID, false);
          return dsl.insertInto(SYNC_RUN).set(r).returning(SYNC_RUN.ID).fetchOne(SYNC_RUN.ID);
        });
  }

  @Override
  public void finishRun(SyncRun run) {
    tx.write(
        dsl -> {
          SyncRunRecord r = record(dsl, run);
          r.changed(SYNC_RUN.ID, false);
          int updated = dsl.update(SYNC_RUN).set(r).where(SYNC_RUN.ID.eq(run.id())).execute();
          if (updated == 0) {
            throw ProbeException.notFound("no sync run " + run.id() + " to finish");
          }
          return null;
        });
  }

  /**
   * A run as a record, id included (imports keep ids; {@link #startRun} lets the database pick).
   */
  static SyncRunRecord record(DSLContext dsl, SyncRun run) {
    SyncRunRecord r = dsl.newRecord(SYNC_RUN);
    r.setId(run.id());
    r.setPlayer(run.player().value());
    r.setSource(run.source().name());
    r.setStartedAt(PlayRows.utc(run.startedAt()));
    r.setFinishedAt(PlayRows.utc(run.finishedAt()));
    r.setStatus(run.status().name());
    r.setPages(run.pages());
    r.setNewPlays(run.newPlays());
    r.setLostPlays(run.lostPlays());
    r.setLostFrom(PlayRows.utc(run.lostFrom()));
    r.setLostTo(PlayRows.utc(run.lostTo()));
    r.setPlayCountBefore(run.playCountBefore());
    r.setPlayCountAfter(run.playCountAfter());
    r.setErrorKind(run.errorKind());
    r.setErrorMessage(run.errorMessage());
    return r;
  }

  @Override
  public Optional<SyncRun> findRun(long id) {
    return tx.read(
        dsl ->
            dsl.select(SYNC_RUN.fields())
                .from(SYNC_RUN)
                .where(SYNC_RUN.ID.eq(id))
                .fetchOptional(SyncRunStore::map));
  }

  @Override
  public PageResult<SyncRun> runs(PlayerId player, PageRequest page) {
    return tx.read(
        dsl ->
            new PageResult<>(
                dsl.select(SYNC_RUN.fields())
                    .from(SYNC_RUN)
                    .where(SYNC_RUN.PLAYER.eq(player.value()))
                    .orderBy(SYNC_RUN.STARTED_AT.desc(), SYNC_RUN.ID.desc())
                    .limit(page.size())
                    .offset(page.offset())
                    .fetch(SyncRunStore::map),
                page,
                dsl.fetchCount(SYNC_RUN, SYNC_RUN.PLAYER.eq(player.value()))));
  }

  @Override
  public Optional<SyncRun> latestFinished(PlayerId player) {
    return tx.read(
        dsl ->
            dsl.select(SYNC_RUN.fields())
                .from(SYNC_RUN)
                .where(SYNC_RUN.PLAYER.eq(player.value()))
                .and(SYNC_RUN.FINISHED_AT.isNotNull())
                .orderBy(SYNC_RUN.FINISHED_AT.desc(), SYNC_RUN.ID.desc())
                .limit(1)
                .fetchOptional(SyncRunStore::map));
  }

  static SyncRun map(Record r) {
    return new SyncRun(
        r.get(SYNC_RUN.ID),
        new PlayerId(r.get(SYNC_RUN.PLAYER)),
        SyncSource.valueOf(r.get(SYNC_RUN.SOURCE)),
        PlayRows.instant(r.get(SYNC_RUN.STARTED_AT)),
        PlayRows.instant(r.get(SYNC_RUN.FINISHED_AT)),
        SyncStatus.valueOf(r.get(SYNC_RUN.STATUS)),
        r.get(SYNC_RUN.PAGES),
        r.get(SYNC_RUN.NEW_PLAYS),
        r.get(SYNC_RUN.LOST_PLAYS),
        PlayRows.instant(r.get(SYNC_RUN.LOST_FROM)),
        PlayRows.instant(r.get(SYNC_RUN.LOST_TO)),
        r.get(SYNC_RUN.PLAY_COUNT_BEFORE),
        r.get(SYNC_RUN.PLAY_COUNT_AFTER),
        r.get(SYNC_RUN.ERROR_KIND),
        r.get(SYNC_RUN.ERROR_MESSAGE));
  }
}
