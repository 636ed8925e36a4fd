package dev.probe.store;

import static dev.probe.store.gen.Tables.PROFILE_SNAPSHOT;

import dev.probe.core.application.port.out.ProfileStorePort;
import dev.probe.core.domain.Count;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.ProfileSnapshot;
import dev.probe.core.domain.page.UserBlock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jooq.JSONB;
import org.jooq.Record;

/** Profile snapshots; (player, taken_at) is their identity. */
final class ProfileStore implements ProfileStorePort {

  private final StoreTx tx;

  ProfileStore(StoreTx tx) {
    this.tx = tx;
  }

  @Override
  public void saveSnapshot(ProfileSnapshot s) {
    UserBlock u = s.user();
    Map<String, Object> counters = new TreeMap<>();
    s.counters().forEach((k, c) -> counters.put(k, Arrays.asList(c.value(), c.total())));
    tx.write(
        dsl ->
            dsl.insertInto(PROFILE_SNAPSHOT)
                .set(PROFILE_SNAPSHOT.PLAYER, s.player().value())
                .set(PROFILE_SNAPSHOT.TAKEN_AT, PlayRows.utc(s.takenAt()))
                .set(PROFILE_SNAPSHOT.NAME, u.name())
                .set(PROFILE_SNAPSHOT.RATING, u.rating())
                .set(PROFILE_SNAPSHOT.RATING_FRAME, u.ratingFrame())
                .set(PROFILE_SNAPSHOT.STARS, u.stars())
                .set(PROFILE_SNAPSHOT.TROPHY, u.trophy())
                .set(PROFILE_SNAPSHOT.TROPHY_KIND, u.trophyKind())
                .set(PROFILE_SNAPSHOT.ICON, u.icon())
                .set(PROFILE_SNAPSHOT.COURSE_RANK, u.courseRank())
                .set(PROFILE_SNAPSHOT.CLASS_RANK, u.classRank())
                .set(PROFILE_SNAPSHOT.PLAY_COUNT_VERSION, s.playCountVersion())
                .set(PROFILE_SNAPSHOT.PLAY_COUNT_TOTAL, s.playCountTotal())
                .set(PROFILE_SNAPSHOT.COUNTERS, JSONB.valueOf(Json.write(counters)))
                .onConflictDoNothing()
                .execute());
  }

  @Override
  public List<ProfileSnapshot> history(PlayerId player) {
    return tx.read(
        dsl ->
            dsl.select(PROFILE_SNAPSHOT.fields())
                .from(PROFILE_SNAPSHOT)
                .where(PROFILE_SNAPSHOT.PLAYER.eq(player.value()))
                .orderBy(PROFILE_SNAPSHOT.TAKEN_AT.asc())
                .fetch(ProfileStore::map));
  }

  @Override
  public Optional<ProfileSnapshot> latest(PlayerId player) {
    return tx.read(
        dsl ->
            dsl.select(PROFILE_SNAPSHOT.fields())
                .from(PROFILE_SNAPSHOT)
                .where(PROFILE_SNAPSHOT.PLAYER.eq(player.value()))
                .orderBy(PROFILE_SNAPSHOT.TAKEN_AT.desc())
                .limit(1)
                .fetchOptional(ProfileStore::map));
  }

  static ProfileSnapshot map(Record r) {
    Map<String, Count> counters = new TreeMap<>();
    Json.object(Json.read(r.get(PROFILE_SNAPSHOT.COUNTERS).data()))
        .forEach(
            (k, v) -> {
              List<Object> a = Json.array(v);
              counters.put(k, new Count(Json.integer(a.get(0)), Json.integer(a.get(1))));
            });
    return new ProfileSnapshot(
        new PlayerId(r.get(PROFILE_SNAPSHOT.PLAYER)),
        r.get(PROFILE_SNAPSHOT.TAKEN_AT).toInstant(),
        new UserBlock(
            r.get(PROFILE_SNAPSHOT.NAME),
            r.get(PROFILE_SNAPSHOT.RATING),
            r.get(PROFILE_SNAPSHOT.RATING_FRAME),
            r.get(PROFILE_SNAPSHOT.STARS),
            r.get(PROFILE_SNAPSHOT.TROPHY),
            r.get(PROFILE_SNAPSHOT.TROPHY_KIND),
            r.get(PROFILE_SNAPSHOT.ICON),
            r.get(PROFILE_SNAPSHOT.COURSE_RANK),
            r.get(PROFILE_SNAPSHOT.CLASS_RANK)),
        r.get(PROFILE_SNAPSHOT.PLAY_COUNT_VERSION),
        r.get(PROFILE_SNAPSHOT.PLAY_COUNT_TOTAL),
        counters);
  }
}
