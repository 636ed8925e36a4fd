package dev.probe.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.probe.core.domain.Player;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.ProbeException;
import dev.probe.core.domain.RawPage;
import dev.probe.core.domain.Region;
import dev.probe.core.domain.SyncRun;
import dev.probe.core.domain.SyncSource;
import dev.probe.core.domain.SyncStatus;
import dev.probe.store.PostgresArchive;
import dev.probe.store.TestDatabase;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pages pushed are those of the last finished sync from NET, on a real PostgreSQL. */
class LastSyncPagesTest {
  private static final PlayerId ME = new PlayerId("me");
  private static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");
  private final PostgresArchive archive = new PostgresArchive(TestDatabase.freshSchema());
  private final LastSyncPages last = new LastSyncPages(archive.syncRuns(), archive.rawPages());

  private static RawPage page(String path, Instant at, String html) {
    return new RawPage(
        URI.create("https://maimai.wahlap.com/maimai-mobile/" + path),
        at,
        html.getBytes(StandardCharsets.UTF_8));
  }

  private long run(SyncSource source, Instant at, List<RawPage> pages) {
    long id = archive.syncRuns().startRun(SyncRun.started(ME, source, at));
    pages.forEach(p -> archive.rawPages().saveRawPage(ME, id, p));
    archive
        .syncRuns()
        .finishRun(
            new SyncRun(
                id,
                ME,
                source,
                at,
                at.plusSeconds(30),
                SyncStatus.DONE,
                pages.size(),
                0,
                0,
                null,
                null,
                -1,
                -1,
                "",
                ""));
    return id;
  }

  @Test
  void theLastNetSyncsPagesComeBackAsThatSyncSawThem() {
    archive.players().savePlayer(new Player(ME, Region.CN, "", ""));
    RawPage home = page("home/", T0, "<html>home v1</html>");
    run(SyncSource.NET, T0, List.of(home, page("record/", T0, "<html>old</html>")));
    Instant t1 = T0.plusSeconds(86_400);
    // The same home page body seen again: stored once, but this sync's URL and time are kept.
    RawPage homeAgain = page("home/", t1, "<html>home v1</html>");
    RawPage record = page("record/", t1.plusSeconds(2), "<html>new plays</html>");
    long latest = run(SyncSource.NET, t1, List.of(homeAgain, record));
    run(SyncSource.IMPORT, t1.plusSeconds(600), List.of(page("x/", t1, "<html>imported</html>")));

    LastSyncPages.Found found = last.find(ME);

    assertThat(found.run().id()).isEqualTo(latest);
    assertThat(found.pages()).containsExactlyInAnyOrder(homeAgain, record);
  }

  @Test
  void aPlayerWithoutSyncHasNothingToPush() {
    archive.players().savePlayer(new Player(ME, Region.CN, "", ""));

    assertThatThrownBy(() -> last.find(ME))
        .isInstanceOfSatisfying(
            ProbeException.class,
            e -> assertThat(e.kind()).isEqualTo(ProbeException.Kind.NOT_FOUND))
        .hasMessageContaining("no finished sync");
  }
}
