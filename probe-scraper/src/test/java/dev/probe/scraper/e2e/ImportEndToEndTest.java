package dev.probe.scraper.e2e;

import static dev.probe.scraper.e2e.SyncWorld.ME;
import static org.assertj.core.api.Assertions.assertThat;

import dev.probe.core.application.port.in.ImportPagesCommand;
import dev.probe.core.application.port.in.ImportReport;
import dev.probe.core.application.service.ArchivePorts;
import dev.probe.core.application.service.ImportPagesService;
import dev.probe.core.domain.Player;
import dev.probe.core.domain.RawPage;
import dev.probe.core.domain.RawPageRef;
import dev.probe.core.domain.Region;
import dev.probe.core.domain.SyncStatus;
import dev.probe.core.testing.InMemoryStore;
import dev.probe.core.testing.MutableClock;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pages of a sync, imported elsewhere: the same archive, and twice is once. */
class ImportEndToEndTest {

  @Test
  void theSamePagesImportedTwiceChangeNothing() {
    List<RawPage> pages = new ArrayList<>();
    try (SyncWorld world = new SyncWorld()) {
      world.net.play(3);
      world.sync();
      for (RawPageRef ref : world.store.rawPages(ME)) {
        if (ref.url().getPath().contains("/img/")) {
          continue; // album images are not pages
        }
        pages.add(world.store.loadRawPage(ref.sha256()).orElseThrow());
      }
    }
    pages.add(
        new RawPage(
            URI.create("file:/tmp/notes.html"),
            pages.get(0).fetchedAt(),
            "<html><body>my notes</body></html>".getBytes(StandardCharsets.UTF_8)));

    InMemoryStore store = new InMemoryStore();
    store.savePlayer(new Player(ME, Region.CN, "", ""));
    ImportPagesService importer =
        new ImportPagesService(
            new dev.probe.scraper.NetPageParser(), ArchivePorts.of(store), MutableClock.standard());

    ImportReport first = importer.importPages(ImportPagesCommand.ofFiles(ME, pages));
    assertThat(first.run().status()).isEqualTo(SyncStatus.DONE);
    assertThat(first.newPlays()).hasSize(50);
    assertThat(first.rejections())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.file()).isEqualTo("/tmp/notes.html");
              assertThat(r.kind()).isEqualTo("UNRECOGNISED_PAGE");
            });
    long plays = store.countPlays(ME);
    int snapshots = store.history(ME).size();
    int photos = store.photos(ME).size();

    ImportReport second = importer.importPages(ImportPagesCommand.ofFiles(ME, pages));

    assertThat(second.newPlays()).isEmpty();
    assertThat(second.detailsAdded()).isZero();
    assertThat(second.newPhotos()).isZero();
    assertThat(store.countPlays(ME)).isEqualTo(plays).isEqualTo(50);
    assertThat(store.history(ME)).hasSize(snapshots);
    assertThat(store.photos(ME)).hasSize(photos);
  }
}
