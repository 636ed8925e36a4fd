package dev.probe.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.probe.core.application.port.in.AddPlayerCommand;
import dev.probe.core.application.port.in.ImportPagesCommand;
import dev.probe.core.application.port.in.ImportPagesUseCase;
import dev.probe.core.application.port.in.ImportReport;
import dev.probe.core.application.port.in.ListPlaysQuery;
import dev.probe.core.application.port.in.ListPlaysUseCase;
import dev.probe.core.application.service.ArchivePorts;
import dev.probe.core.application.service.ImportPagesService;
import dev.probe.core.application.service.ListPlaysService;
import dev.probe.core.application.service.ManagePlayersService;
import dev.probe.core.domain.PageRequest;
import dev.probe.core.domain.PageResult;
import dev.probe.core.domain.PlayFilter;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.RawPage;
import dev.probe.core.domain.Region;
import dev.probe.core.testing.InMemoryStore;
import dev.probe.scraper.NetPageParser;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's "Embedding the core" lines, run on a real saved record page, so they stay true. */
class EmbeddingExampleTest {

  @Test
  void readmeExampleArchivesASavedRecordPage() throws IOException {
    InMemoryStore store = new InMemoryStore();
    ArchivePorts ports = ArchivePorts.of(store);
    Clock clock = Clock.systemUTC();

    PlayerId me = new PlayerId("me");
    new ManagePlayersService(ports.players(), ports.transactions())
        .addPlayer(new AddPlayerCommand(me, Region.CN, "ME"));

    ImportPagesUseCase importer = new ImportPagesService(new NetPageParser(), ports, clock);
    RawPage page =
        new RawPage(Region.CN.netBase().resolve("record/"), clock.instant(), savedRecordPage());
    ImportReport report =
        importer.importPages(ImportPagesCommand.ofFiles(me, List.of(page)), progress -> {});

    ListPlaysUseCase plays =
        new ListPlaysService(ports.players(), ports.loadPlays(), ports.catalog(), clock);
    PageResult<?> listed =
        plays.listPlays(new ListPlaysQuery(me, PlayFilter.ALL, new PageRequest(1, 50)));

    assertThat(report.rejections()).isEmpty();
    assertThat(report.newPlays()).hasSize(50);
    assertThat(listed.items()).hasSize(50);
  }

  /** The README reads {@code record.html} from disk; here it comes from the scraper's fixtures. */
  private static byte[] savedRecordPage() throws IOException {
    try (InputStream in = NetPageParser.class.getResourceAsStream("/fixtures/cn/record.html")) {
      return in.readAllBytes();
    }
  }
}
