package dev.probe.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.probe.core.application.port.in.AddPlayerCommand;
import dev.probe.core.application.port.in.ImportPagesCommand;
import dev.probe.core.application.port.in.ImportPagesUseCase;
import dev.probe.core.application.port.in.ImportReport;
import dev.probe.core.application.port.in.ManagePlayersUseCase;
import dev.probe.core.application.port.in.Progress;
import dev.probe.core.domain.Player;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.ProbeException;
import dev.probe.core.domain.RawPage;
import dev.probe.core.domain.Region;
import dev.probe.core.domain.SyncRun;
import dev.probe.core.domain.SyncSource;
import dev.probe.core.domain.SyncStatus;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class PushImportTest {
  private static final Instant T = Instant.parse("2026-11-26T09:00:00Z");
  private final List<ImportPagesCommand> imports = new ArrayList<>();
  private final Map<PlayerId, Player> players = new LinkedHashMap<>();
  private String failWith = "";

  private final ImportPagesUseCase importPages =
      new ImportPagesUseCase() {
        @Override
        public ImportReport importPages(ImportPagesCommand command, Consumer<Progress> progress) {
          imports.add(command);
          SyncRun run =
              new SyncRun(
                  7,
                  command.player(),
                  command.source(),
                  T,
                  T,
                  failWith.isEmpty() ? SyncStatus.DONE : SyncStatus.STOPPED,
                  command.pages().size(),
                  2,
                  0,
                  null,
                  null,
                  -1,
                  -1,
                  failWith,
                  failWith.isEmpty() ? "" : "the database is down");
          return new ImportReport(run, command.pages().size(), List.of(), 1, 0, List.of());
        }
      };

  private final ManagePlayersUseCase manage =
      new ManagePlayersUseCase() {
        @Override
        public Player addPlayer(AddPlayerCommand command) {
          players.put(command.id(), command.toPlayer());
          return command.toPlayer();
        }

        @Override
        public List<Player> listPlayers() {
          return List.copyOf(players.values());
        }

        @Override
        public Player findPlayer(PlayerId id) {
          Player p = players.get(id);
          if (p == null) {
            throw ProbeException.notFound("no player " + id);
          }
          return p;
        }
      };

  private final PushImport push = new PushImport(importPages, manage, 100_000);

  private static final List<RawPage> PAGES =
      List.of(
          new RawPage(
              URI.create("https://maimai.wahlap.com/maimai-mobile/record/"),
              T,
              "<html>record</html>".getBytes(StandardCharsets.UTF_8)));

  private static WebRequest request(String query, String type, byte[] body) {
    Map<String, List<String>> q = new LinkedHashMap<>();
    if (query != null) {
      q.put("player", List.of(query));
    }
    return new WebRequest(
        "POST",
        "/api/push",
        q,
        Map.of("content-type", List.of(type)),
        Map.of(),
        body,
        "https",
        "h",
        "");
  }

  @Test
  void aPushIsImportedAsAPushAndANewPlayerGetsTheRegionOfItsPages() {
    PushImport.PushResult result =
        push.push(request("me", "application/zip", PushBundle.write(PAGES)));

    assertThat(imports).hasSize(1);
    assertThat(imports.get(0).source()).isEqualTo(SyncSource.PUSH);
    assertThat(imports.get(0).pages()).isEqualTo(PAGES);
    assertThat(players.get(new PlayerId("me")).region()).isEqualTo(Region.CN);
    assertThat(result.run()).isEqualTo(7);
    assertThat(result.pages()).isEqualTo(1);
    assertThat(result.detailsAdded()).isEqualTo(1);
  }

  @Test
  void badPushesAreRefusedBeforeAnythingIsStored() {
    byte[] zip = PushBundle.write(PAGES);
    assertKind(request(null, "application/zip", zip), ProbeException.Kind.INVALID_INPUT);
    assertKind(request("Not A Handle!", "application/zip", zip), ProbeException.Kind.INVALID_INPUT);
    assertKind(request("me", "text/html", zip), ProbeException.Kind.INVALID_INPUT);
    assertKind(request("me", "application/zip", new byte[0]), ProbeException.Kind.INVALID_INPUT);
    assertKind(
        request("me", "application/zip", Arrays.copyOf(zip, zip.length - 3)),
        ProbeException.Kind.INVALID_INPUT);
    assertKind(request("me", "application/zip", new byte[100_001]), ProbeException.Kind.TOO_LARGE);
    assertKind(
        request("me", "application/zip", PushBundle.write(List.of())),
        ProbeException.Kind.INVALID_INPUT);

    assertThat(imports).isEmpty();
    assertThat(players).isEmpty();
  }

  @Test
  void aFailedImportAnswersWithItsKind() {
    failWith = "STORE_UNAVAILABLE";

    assertKind(
        request("me", "application/zip", PushBundle.write(PAGES)),
        ProbeException.Kind.STORE_UNAVAILABLE);
  }

  private void assertKind(WebRequest request, ProbeException.Kind kind) {
    assertThatThrownBy(() -> push.push(request))
        .isInstanceOfSatisfying(ProbeException.class, e -> assertThat(e.kind()).isEqualTo(kind));
  }
}
