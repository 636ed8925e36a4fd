package dev.probe.core.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.probe.core.application.port.in.ImportPagesCommand;
import dev.probe.core.application.port.in.ImportReport;
import dev.probe.core.application.port.out.PageParserPort;
import dev.probe.core.application.port.out.PhotoStorePort;
import dev.probe.core.domain.ChartRef;
import dev.probe.core.domain.ChartType;
import dev.probe.core.domain.Difficulty;
import dev.probe.core.domain.Photo;
import dev.probe.core.domain.Player;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.ProbeException;
import dev.probe.core.domain.RawPage;
import dev.probe.core.domain.Region;
import dev.probe.core.domain.SyncStatus;
import dev.probe.core.domain.page.NetPage;
import dev.probe.core.domain.page.PhotoAlbumPage;
import dev.probe.core.domain.page.PhotoEntry;
import dev.probe.core.domain.page.RecordPage;
import dev.probe.core.testing.InMemoryStore;
import dev.probe.core.testing.MutableClock;
import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Import over the in-memory store, with pages already typed (no HTML here). */
class ImportPagesServiceTest {

  private static final PlayerId ME = new PlayerId("me");
  private static final Instant SAVED = Instant.parse("2025-10-04T00:00:00Z");

  private final InMemoryStore store = new InMemoryStore();
  private final Map<URI, NetPage> typed = new HashMap<>();
  private final PageParserPort parser =
      raw -> {
        NetPage page = typed.get(raw.url());
        if (page == null) {
          throw ProbeException.unrecognised("not a NET page probe reads");
        }
        return page;
      };

  @BeforeEach
  void player() {
    store.savePlayer(new Player(ME, Region.CN, "", ""));
  }

  private RawPage page(String name, NetPage page) {
    URI url = URI.create("file:/saved/" + name);
    if (page != null) {
      typed.put(url, page);
    }
    return new RawPage(url, SAVED, name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private static RecordPage record(int plays) {
    return new RecordPage(Region.CN, LostPlaysTest.plays(plays));
  }

  private static PhotoAlbumPage album() {
    return new PhotoAlbumPage(
        Region.CN,
        List.of(
            new PhotoEntry(
                SAVED, ChartRef.of("Song", ChartType.DX, Difficulty.MASTER, ""), "https://x/1")));
  }

  @Test
  void unreadablePagesAreReportedAndTheOthersSaved() {
    ImportPagesService service =
        new ImportPagesService(parser, ArchivePorts.of(store), MutableClock.standard());

    ImportReport report =
        service.importPages(
            ImportPagesCommand.ofFiles(
                ME,
                List.of(
                    page("record.html", record(8)),
                    page("junk.html", null),
                    page("intl.html", new RecordPage(Region.INTL, LostPlaysTest.plays(1))),
                    page("album.html", album()))));

    assertThat(report.run().status()).isEqualTo(SyncStatus.DONE);
    assertThat(report.run().pages()).isEqualTo(4);
    assertThat(report.pagesRead()).isEqualTo(2);
    assertThat(report.newPlays()).hasSize(8);
    assertThat(report.newPhotos()).isEqualTo(1);
    assertThat(report.rejections())
        .extracting(ImportReport.Rejection::file, ImportReport.Rejection::kind)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("/saved/junk.html", "UNRECOGNISED_PAGE"),
            org.assertj.core.groups.Tuple.tuple("/saved/intl.html", "INVALID_INPUT"));
    assertThat(store.rawPages(ME)).hasSize(4); // every page is kept raw, read or not
    assertThat(store.allCharts()).isNotEmpty(); // learned from the pages
  }

  @Test
  void aBatchIsSavedWholeOrNotAtAll() {
    ArchivePorts ports = ArchivePorts.of(store);
    PhotoStorePort failingPhotos =
        new PhotoStorePort() {
          @Override
          public int savePhotos(List<Photo> photos) {
            throw new ProbeException(ProbeException.Kind.STORE_UNAVAILABLE, "disk full");
          }

          @Override
          public List<Photo> photos(PlayerId player) {
            return List.of();
          }
        };
    ArchivePorts broken =
        new ArchivePorts(
            ports.players(),
            ports.sessions(),
            ports.runs(),
            ports.rawPages(),
            ports.loadPlays(),
            ports.savePlays(),
            ports.profiles(),
            failingPhotos,
            ports.scoreLists(),
            ports.catalog(),
            ports.transactions());
    ImportPagesService service = new ImportPagesService(parser, broken, MutableClock.standard());

    ImportReport report =
        service.importPages(
            ImportPagesCommand.ofFiles(
                ME, List.of(page("record.html", record(8)), page("album.html", album()))));

    assertThat(report.run().status()).isEqualTo(SyncStatus.STOPPED);
    assertThat(report.run().errorKind()).isEqualTo("STORE_UNAVAILABLE");
    assertThat(store.countPlays(ME)).isZero();
    assertThat(store.rawPages(ME)).isEmpty();
  }

  @Test
  void anUnknownPlayerIsNotFoundAndRecordsNoRun() {
    ImportPagesService service =
        new ImportPagesService(parser, ArchivePorts.of(store), MutableClock.standard());
    PlayerId stranger = new PlayerId("stranger");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> service.importPages(ImportPagesCommand.ofFiles(stranger, List.of())))
        .extracting(e -> ((ProbeException) e).kind())
        .isEqualTo(ProbeException.Kind.NOT_FOUND);
    assertThat(store.latestFinished(stranger)).isEmpty();
  }
}
