package dev.probe.web;

import dev.probe.core.application.port.in.ListPlaysQuery;
import dev.probe.core.application.port.in.ListSyncDiffsQuery;
import dev.probe.core.application.port.in.ShowPlayQuery;
import dev.probe.core.domain.NoteType;
import dev.probe.core.domain.PageRequest;
import dev.probe.core.domain.PageResult;
import dev.probe.core.domain.Player;
import dev.probe.core.domain.ProbeException;
import dev.probe.core.domain.RawPage;
import dev.probe.core.domain.view.PlayDetailView;
import dev.probe.core.domain.view.PlayView;
import dev.probe.core.domain.view.SyncDiff;
import java.time.ZoneOffset;
import java.util.List;

/** The play history, one play, the changes per sync, and archived raw pages. */
final class PlayPages extends Archive {
  /** One page of plays with the filters that chose them. */
  record Plays(
      Player player, PageResult<PlayView> plays, PlayFilters filters, ZoneOffset zone, Pager pager)
      implements PageModel {
    @Override
    public Object json() {
      return plays;
    }
  }

  /** One play with its detail. */
  record PlayPage(PlayDetailView view, ZoneOffset zone, List<NoteType> noteTypes)
      implements PageModel {
    @Override
    public Object json() {
      return view;
    }
  }

  /** One page of syncs and what each changed. */
  record Diffs(Player player, PageResult<SyncDiff> diffs, ZoneOffset zone, Pager pager)
      implements PageModel {
    @Override
    public Object json() {
      return diffs;
    }
  }

  PlayPages(WebUseCases use, PlayerChoice choice) {
    super(use, choice);
  }

  void addTo(RouteTable table) {
    table.page("/plays", this::plays);
    table.page("/plays/{id}", this::play);
    table.page("/diffs", this::diffs);
    table.add("GET", "/raw/{sha}", Access.READ, this::raw);
  }

  private Reply plays(Call call) {
    Player p = player(call);
    PlayFilters filters = PlayFilters.read(call);
    PageRequest page =
        new PageRequest(
            call.intQuery("page", 1, 1, Integer.MAX_VALUE), call.intQuery("size", 50, 1, 200));
    PageResult<PlayView> plays =
        use.plays()
            .listPlays(new ListPlaysQuery(p.id(), filters.toFilter(p.region().zone()), page));
    return Reply.view(
        "plays.jte",
        "nav.plays",
        new Plays(p, plays, filters, p.region().zone(), Pager.of(call, plays)));
  }

  private Reply play(Call call) {
    Player p = player(call);
    PlayDetailView v = use.play().showPlay(ShowPlayQuery.of(p.id(), call.param("id")));
    return Reply.view(
        "play.jte", "play.title", new PlayPage(v, p.region().zone(), List.of(NoteType.values())));
  }

  private Reply diffs(Call call) {
    Player p = player(call);
    PageRequest page =
        new PageRequest(
            call.intQuery("page", 1, 1, Integer.MAX_VALUE), call.intQuery("size", 10, 1, 50));
    PageResult<SyncDiff> diffs = use.diffs().listSyncDiffs(new ListSyncDiffsQuery(p.id(), page));
    return Reply.view(
        "diffs.jte", "nav.diffs", new Diffs(p, diffs, p.region().zone(), Pager.of(call, diffs)));
  }

  /**
   * An archived page byte for byte: as text (never as live HTML on this origin) or as its image.
   */
  private Reply raw(Call call) {
    String sha = call.param("sha");
    if (!sha.matches("[0-9a-f]{64}")) {
      throw ProbeException.invalid(
          "a raw page is addressed by its SHA-256 in lower-case hex: '" + sha + "'");
    }
    RawPage page =
        use.rawPages()
            .loadRawPage(sha)
            .orElseThrow(() -> ProbeException.notFound("no archived page " + sha));
    byte[] body = page.body();
    return Reply.bytes(200, sniff(body), body, "private, max-age=31536000, immutable");
  }

  static String sniff(byte[] b) {
    if (b.length > 4 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
      return "image/png";
    }
    if (b.length > 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
      return "image/jpeg";
    }
    return "text/plain; charset=utf-8";
  }
}
