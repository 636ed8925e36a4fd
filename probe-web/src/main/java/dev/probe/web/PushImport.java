package dev.probe.web;

import dev.probe.core.application.port.in.AddPlayerCommand;
import dev.probe.core.application.port.in.ImportPagesCommand;
import dev.probe.core.application.port.in.ImportPagesUseCase;
import dev.probe.core.application.port.in.ImportReport;
import dev.probe.core.application.port.in.ManagePlayersUseCase;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.ProbeException;
import dev.probe.core.domain.RawPage;
import dev.probe.core.domain.Region;
import dev.probe.core.domain.SyncSource;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code POST /api/push?player=HANDLE}: a home machine sends the raw pages of a sync as a {@link
 * PushBundle}, and they are imported exactly as an import would (source {@link SyncSource#PUSH}).
 * Anything wrong with the request is refused before a single row is written. A player the archive
 * does not know yet is added, in the region the pages come from.
 */
final class PushImport implements Handler {
  /** NET's HTML packs about tenfold; more than this unpacked is not a sync's pages. */
  private static final long UNPACK_FACTOR = 16;

  private final ImportPagesUseCase importPages;
  private final ManagePlayersUseCase players;
  private final long maxBytes;

  PushImport(ImportPagesUseCase importPages, ManagePlayersUseCase players, long maxBytes) {
    this.importPages = importPages;
    this.players = players;
    this.maxBytes = maxBytes;
  }

  /** The route for a deployment: pushes are imports, so only where imports are. */
  static Handler route(SyncSupport support, ManagePlayersUseCase players, long maxBytes) {
    if (support.imports == null) {
      return call -> {
        throw ProbeException.notFound("this probe does not take pushes");
      };
    }
    return new PushImport(support.imports, players, maxBytes);
  }

  @Override
  public Reply handle(Call call) {
    return Reply.json(200, push(call.request()));
  }

  /** What a push did, as its JSON answer. */
  record PushResult(
      String player,
      long run,
      String status,
      int pages,
      int pagesRead,
      int newPlays,
      int detailsAdded,
      int newPhotos,
      List<ImportReport.Rejection> rejected) {
    PushResult {
      rejected = List.copyOf(rejected);
    }
  }

  PushResult push(WebRequest request) {
    PlayerId player =
        new PlayerId(
            request
                .queryParam("player")
                .orElseThrow(
                    () -> ProbeException.invalid("say whose pages these are: ?player=HANDLE")));
    String type = request.header("content-type").orElse("").toLowerCase(Locale.ROOT);
    if (!type.startsWith(PushBundle.CONTENT_TYPE) && !type.startsWith("application/octet-stream")) {
      throw ProbeException.invalid(
          "a push is a zip sent as " + PushBundle.CONTENT_TYPE + ", not '" + type + "'");
    }
    byte[] body = request.body();
    if (body.length > maxBytes) {
      throw new ProbeException(
          ProbeException.Kind.TOO_LARGE,
          "the push has "
              + body.length
              + " bytes, more than the "
              + maxBytes
              + " this probe accepts: push fewer pages at a time");
    }
    List<RawPage> pages = PushBundle.read(body, maxBytes * UNPACK_FACTOR);
    if (pages.isEmpty()) {
      throw ProbeException.invalid("the push holds no pages");
    }
    ensurePlayer(player, pages);
    ImportReport report =
        importPages.importPages(new ImportPagesCommand(player, SyncSource.PUSH, pages));
    if (!report.run().errorKind().isEmpty()) {
      throw new ProbeException(
          ProbeException.Kind.valueOf(report.run().errorKind()), report.run().errorMessage());
    }
    return new PushResult(
        player.value(),
        report.run().id(),
        report.run().status().name(),
        pages.size(),
        report.pagesRead(),
        report.newPlays().size(),
        report.detailsAdded(),
        report.newPhotos(),
        report.rejections());
  }

  private void ensurePlayer(PlayerId player, List<RawPage> pages) {
    try {
      players.findPlayer(player);
      return;
    } catch (ProbeException e) {
      if (e.kind() != ProbeException.Kind.NOT_FOUND) {
        throw e;
      }
    }
    Region region =
        regionOf(pages)
            .orElseThrow(
                () ->
                    ProbeException.notFound(
                        "this archive has no player '"
                            + player
                            + "' and the pushed pages do not say which NET they come from"));
    try {
      players.addPlayer(new AddPlayerCommand(player, region, ""));
    } catch (ProbeException e) {
      if (e.kind() != ProbeException.Kind.CONFLICT) {
        throw e; // CONFLICT: a concurrent push added the player first, which is just as good
      }
    }
  }

  private static Optional<Region> regionOf(List<RawPage> pages) {
    for (RawPage page : pages) {
      String host = page.url().getHost();
      if (host != null) {
        Optional<Region> region = Region.ofHost(host);
        if (region.isPresent()) {
          return region;
        }
      }
    }
    return Optional.empty();
  }
}
