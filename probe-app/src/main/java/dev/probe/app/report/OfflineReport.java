package dev.probe.app.report;

import dev.probe.app.report.ReportData.BestRow;
import dev.probe.app.report.ReportData.CurvePoint;
import dev.probe.app.report.ReportData.PlayRow;
import dev.probe.app.report.ReportData.Profile;
import dev.probe.core.application.port.in.ListPlaysQuery;
import dev.probe.core.application.port.in.ListPlaysUseCase;
import dev.probe.core.application.port.in.ShowDashboardQuery;
import dev.probe.core.application.port.in.ShowDashboardUseCase;
import dev.probe.core.application.port.in.ShowRatingQuery;
import dev.probe.core.application.port.in.ShowRatingUseCase;
import dev.probe.core.domain.ComboFlag;
import dev.probe.core.domain.PageRequest;
import dev.probe.core.domain.PageResult;
import dev.probe.core.domain.PlayFilter;
import dev.probe.core.domain.PlayResult;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.ProfileSnapshot;
import dev.probe.core.domain.SyncFlag;
import dev.probe.core.domain.view.ChartInfo;
import dev.probe.core.domain.view.DashboardView;
import dev.probe.core.domain.view.PlayView;
import dev.probe.core.domain.view.RatingEntry;
import dev.probe.core.domain.view.RatingView;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code probe report}: a player's profile, rating curve, B50 and play history as one HTML file
 * that opens anywhere without a server or a network.
 */
public final class OfflineReport {

  /** The newest plays listed; older ones are counted, so the file stays a few MiB at most. */
  public static final int MAX_PLAYS = 5_000;

  private static final int PAGE = PageRequest.MAX_SIZE;

  private final ShowDashboardUseCase dashboard;
  private final ShowRatingUseCase rating;
  private final ListPlaysUseCase plays;
  private final Clock clock;

  public OfflineReport(
      ShowDashboardUseCase dashboard,
      ShowRatingUseCase rating,
      ListPlaysUseCase plays,
      Clock clock) {
    this.dashboard = dashboard;
    this.rating = rating;
    this.plays = plays;
    this.clock = clock;
  }

  /** The report's HTML. */
  public String render(PlayerId player) {
    DashboardView home = dashboard.showDashboard(new ShowDashboardQuery(player, 1));
    RatingView r = rating.showRating(ShowRatingQuery.now(player));
    List<PlayRow> rows = new ArrayList<>();
    long total = 0;
    for (int page = 1; rows.size() < MAX_PLAYS; page++) {
      PageResult<PlayView> result =
          plays.listPlays(new ListPlaysQuery(player, PlayFilter.ALL, new PageRequest(page, PAGE)));
      total = result.total();
      result.items().stream()
          .limit(MAX_PLAYS - rows.size())
          .map(OfflineReport::play)
          .forEach(rows::add);
      if (page >= result.pageCount()) {
        break;
      }
    }
    return ReportPage.render(
        new ReportData(
            player.value(),
            home.player().region().zone(),
            clock.instant(),
            home.profileIfAny().map(OfflineReport::profile).orElse(null),
            r.total(),
            r.curve().stream().map(p -> new CurvePoint(p.at(), p.rating(), p.netRating())).toList(),
            r.newCharts().stream().map(OfflineReport::best).toList(),
            r.oldCharts().stream().map(OfflineReport::best).toList(),
            rows,
            Math.max(0, total - rows.size())));
  }

  private static Profile profile(ProfileSnapshot s) {
    return new Profile(
        s.user().name(),
        s.user().rating(),
        s.user().stars(),
        s.user().trophy(),
        s.user().courseRank(),
        s.user().classRank(),
        s.playCountTotal(),
        s.takenAt());
  }

  private static BestRow best(RatingEntry e) {
    PlayResult b = e.best().best();
    return new BestRow(
        e.chart().title(),
        chart(e.chart()),
        e.chart().level(),
        e.constant().format() + (e.estimated() ? "?" : ""),
        b.achievement().toString(),
        b.rank().label(),
        marks(b),
        e.rating());
  }

  private static PlayRow play(PlayView v) {
    PlayResult p = v.play().result();
    String dx =
        p.dxScore().max() > 0
            ? p.dxScore().score() + " / " + p.dxScore().max()
            : Integer.toString(p.dxScore().score());
    return new PlayRow(
        v.play().playedAt(),
        v.chart().title(),
        chart(v.chart()),
        v.chart().level(),
        p.achievement().toString(),
        p.rank().label(),
        dx,
        marks(p),
        v.rating());
  }

  private static String chart(ChartInfo c) {
    return c.type().name() + " " + c.difficulty().label();
  }

  private static String marks(PlayResult p) {
    String combo = p.combo() == ComboFlag.NONE ? "" : p.combo().label();
    String sync = p.sync() == SyncFlag.NONE ? "" : p.sync().label();
    return (combo + " " + sync).strip();
  }
}
