package dev.probe.web;

import dev.probe.core.application.port.in.ImportPagesCommand;
import dev.probe.core.application.port.in.ImportReport;
import dev.probe.core.application.port.in.ListSyncDiffsQuery;
import dev.probe.core.domain.PageRequest;
import dev.probe.core.domain.Player;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.ProbeException;
import dev.probe.core.domain.RawPage;
import dev.probe.core.domain.view.SyncDiff;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * The sync and import page, uploads ({@code POST /api/import}) and sync now ({@code POST
 * /api/sync}).
 */
final class SyncPages extends Archive {
  /** The page: forms, live progress, recent runs. */
  record SyncPage(
      String player,
      boolean canSync,
      String events,
      String maxUpload,
      List<SyncDiff> runs,
      ZoneOffset zone,
      dev.probe.core.domain.view.NetSessionStatus session)
      implements PageModel {
    @Override
    public Object json() {
      return Map.of(
          "player",
          player,
          "canSync",
          canSync,
          "running",
          false,
          "runs",
          runs.stream().map(SyncDiff::run).toList());
    }
  }

  /** The answer to {@code POST /api/sync}. */
  record SyncStarted(String player, boolean started, String events) {}

  private final SyncSupport support;
  private final WebConfig config;

  SyncPages(WebUseCases use, PlayerChoice choice, SyncSupport support, WebConfig config) {
    super(use, choice);
    this.support = support;
    this.config = config;
  }

  void addTo(RouteTable table) {
    table.page("/sync", this::page);
    table.add("POST", "/api/import", Access.WRITE, this::importPages);
    table.add("POST", "/api/sync", Access.WRITE, this::syncNow);
    table.add(
        "POST",
        "/api/push",
        Access.WRITE,
        PushImport.route(support, use.players(), config.maxUploadBytes()));
  }

  private Reply page(Call call) {
    Player p = player(call);
    List<SyncDiff> runs =
        use.diffs().listSyncDiffs(new ListSyncDiffsQuery(p.id(), new PageRequest(1, 10))).items();
    return Reply.view(
        "sync.jte",
        "nav.sync",
        new SyncPage(
            p.id().value(),
            support.sync != null,
            call.origin().link("/api/sync/events"),
            Pipeline.humanBytes(config.maxUploadBytes()),
            runs,
            p.region().zone(),
            use.netSession().sessionStatus(p.id())));
  }

  private Reply importPages(Call call) {
    if (support.imports == null) {
      throw new ProbeException(
          ProbeException.Kind.CONFLICT, "this deployment does not import pages");
    }
    Player p = formPlayer(call);
    List<RawPage> pages =
        UploadedPages.read(call, 8 * config.maxUploadBytes(), config.clock().instant());
    ImportReport report =
        support.imports.importPages(
            ImportPagesCommand.ofFiles(p.id(), pages), support.progress(p.id()));
    support.events.publish(
        p.id().value() + ": import done, " + report.newPlays().size() + " new plays");
    return Reply.json(200, report);
  }

  private Reply syncNow(Call call) {
    if (support.sync == null) {
      throw new ProbeException(
          ProbeException.Kind.CONFLICT,
          "this deployment cannot reach NET: sync on your own machine (probe sync --push) instead");
    }
    Player p = formPlayer(call);
    if (!support.tryStart(p.id())) {
      throw new ProbeException(
          ProbeException.Kind.CONFLICT, "a sync of " + p.id() + " is already running");
    }
    try {
      support.background.execute(() -> support.runStarted(p.id()));
    } catch (RuntimeException e) {
      support.abandon(p.id()); // the executor refused it: it never ran
      throw e;
    }
    return Reply.json(
        202, new SyncStarted(p.id().value(), true, call.origin().link("/api/sync/events")));
  }

  /** The player named by the form or query, else the chosen one. */
  private Player formPlayer(Call call) {
    String type = call.request().header("content-type").orElse("");
    if (type.startsWith("multipart/form-data")
        || type.startsWith("application/x-www-form-urlencoded")) {
      var named = call.form().field("player").filter(s -> !s.isBlank());
      if (named.isPresent()) {
        return use.players().findPlayer(new PlayerId(named.get()));
      }
    }
    return player(call);
  }
}
