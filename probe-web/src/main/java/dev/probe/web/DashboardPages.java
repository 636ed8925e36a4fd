package dev.probe.web;

import dev.probe.core.application.port.in.ListPhotosQuery;
import dev.probe.core.application.port.in.ShowDashboardQuery;
import dev.probe.core.application.port.in.ShowProfileHistoryQuery;
import dev.probe.core.domain.PageRequest;
import dev.probe.core.domain.PageResult;
import dev.probe.core.domain.Player;
import dev.probe.core.domain.view.DashboardView;
import dev.probe.core.domain.view.PhotoView;
import dev.probe.core.domain.view.ProfileEntry;
import dev.probe.core.domain.view.RatingPoint;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** The dashboard, the profile's history and the album. */
final class DashboardPages extends Archive {
  /** The dashboard's template model; its JSON is the use case's view. */
  record Dashboard(
      DashboardView view,
      ZoneOffset zone,
      String curve,
      dev.probe.core.domain.view.NetSessionStatus session)
      implements PageModel {
    @Override
    public Object json() {
      return view;
    }

    /** The view by identity: a kept view is one object, and comparing it whole costs more. */
    @Override
    public boolean equals(Object o) {
      return o instanceof Dashboard d
          && d.view == view
          && d.zone.equals(zone)
          && d.curve.equals(curve)
          && java.util.Objects.equals(d.session, session);
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(view) * 31 + curve.hashCode();
    }
  }

  /** The profile history, oldest first, with curves. */
  record Profile(
      Player player,
      List<ProfileEntry> entries,
      ZoneOffset zone,
      String ratingCurve,
      String playCurve)
      implements PageModel {
    @Override
    public Object json() {
      return entries;
    }
  }

  /** One page of the album. */
  record Album(Player player, PageResult<PhotoView> photos, ZoneOffset zone, Pager pager)
      implements PageModel {
    @Override
    public Object json() {
      return photos;
    }
  }

  DashboardPages(WebUseCases use, PlayerChoice choice) {
    super(use, choice);
  }

  void addTo(RouteTable table) {
    table.page("/", this::dashboard);
    table.page("/profile", this::profile);
    table.page("/album", this::album);
  }

  private Reply dashboard(Call call) {
    Player p = player(call);
    DashboardView v = use.dashboard().showDashboard(new ShowDashboardQuery(p.id(), 10));
    return Reply.view(
        "dashboard.jte",
        "nav.dashboard",
        new Dashboard(
            v,
            p.region().zone(),
            ratingCurve(call, v.curve()),
            use.netSession().sessionStatus(p.id())));
  }

  private Reply profile(Call call) {
    Player p = player(call);
    List<ProfileEntry> entries =
        use.profile().showProfileHistory(new ShowProfileHistoryQuery(p.id()));
    List<long[]> rating = new ArrayList<>();
    List<long[]> plays = new ArrayList<>();
    for (ProfileEntry e : entries) {
      long at = e.snapshot().takenAt().toEpochMilli();
      rating.add(new long[] {at, e.snapshot().user().rating()});
      if (e.snapshot().hasPlayCounts()) {
        plays.add(new long[] {at, e.snapshot().playCountTotal()});
      }
    }
    String ratingCurve =
        Fmt.series("int", List.of(call.texts().get("rating.net")), List.of(rating));
    String playCurve =
        Fmt.series("int", List.of(call.texts().get("profile.playCount")), List.of(plays));
    return Reply.view(
        "profile.jte",
        "nav.profile",
        new Profile(p, entries, p.region().zone(), ratingCurve, playCurve));
  }

  private Reply album(Call call) {
    Player p = player(call);
    int page = call.intQuery("page", 1, 1, Integer.MAX_VALUE);
    PageResult<PhotoView> photos =
        use.photos().listPhotos(new ListPhotosQuery(p.id(), new PageRequest(page, 30)));
    return Reply.view(
        "album.jte", "nav.album", new Album(p, photos, p.region().zone(), Pager.of(call, photos)));
  }

  static String ratingCurve(Call call, List<RatingPoint> points) {
    List<long[]> computed = new ArrayList<>();
    List<long[]> net = new ArrayList<>();
    for (RatingPoint pt : points) {
      computed.add(new long[] {pt.at().toEpochMilli(), pt.rating()});
      if (pt.netRating() > 0) {
        net.add(new long[] {pt.at().toEpochMilli(), pt.netRating()});
      }
    }
    return Fmt.series(
        "int",
        List.of(call.texts().get("rating.computed"), call.texts().get("rating.net")),
        List.of(computed, net));
  }
}
