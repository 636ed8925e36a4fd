package dev.probe.web;

import dev.probe.core.application.port.in.ListChartsQuery;
import dev.probe.core.application.port.in.ShowChartHistoryQuery;
import dev.probe.core.application.port.in.ShowRatingQuery;
import dev.probe.core.domain.ChartId;
import dev.probe.core.domain.Player;
import dev.probe.core.domain.view.ChartHistoryView;
import dev.probe.core.domain.view.ChartListItem;
import dev.probe.core.domain.view.PlayView;
import dev.probe.core.domain.view.RatingView;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** The catalogue, one chart's history, and the rating. */
final class ChartPages extends Archive {
  /** The catalogue page: a shell and the compact data its script renders. */
  record Charts(Player player, CatalogData data, String embedded) implements PageModel {
    @Override
    public Object json() {
      return data;
    }

    /** The data by identity: it is made once per list the core answers with. */
    @Override
    public boolean equals(Object o) {
      return o instanceof Charts c
          && c.player.equals(player)
          && c.data == data
          && c.embedded.equals(embedded);
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(data) * 31 + player.hashCode();
    }
  }

  /** One chart's plays and curves. */
  record ChartPage(ChartHistoryView view, ZoneOffset zone, String achievementCurve, String dxCurve)
      implements PageModel {
    @Override
    public Object json() {
      return view;
    }
  }

  /** B15/B35 and what would raise them, as of a date. */
  record Rating(RatingView view, ZoneOffset zone, String date, String curve) implements PageModel {
    @Override
    public Object json() {
      return view;
    }

    /** The view by identity: a kept view is one object, and comparing it whole costs more. */
    @Override
    public boolean equals(Object o) {
      return o instanceof Rating r
          && r.view == view
          && r.zone.equals(zone)
          && r.date.equals(date)
          && r.curve.equals(curve);
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(view) * 31 + curve.hashCode();
    }
  }

  ChartPages(WebUseCases use, PlayerChoice choice) {
    super(use, choice);
  }

  /** The chart list's compact form, made once for each list the core answers with. */
  private record Catalogue(List<ChartListItem> items, CatalogData data, String json) {}

  private volatile Catalogue catalogue = new Catalogue(null, null, "");

  void addTo(RouteTable table) {
    table.page("/charts", this::charts);
    table.page("/charts/{id}", this::chart);
    table.page("/rating", this::rating);
  }

  private Reply charts(Call call) {
    Player p = player(call);
    List<ChartListItem> items = use.charts().listCharts(ListChartsQuery.all(p.id()));
    Catalogue c = catalogue;
    if (c.items() != items) { // the core answers with the same list until the archive changes
      CatalogData data = CatalogData.of(items);
      c = new Catalogue(items, data, data.json());
      catalogue = c;
    }
    return Reply.view(
        "charts.jte", "nav.charts", new Charts(p, c.data(), call.isApi() ? "" : c.json()));
  }

  private Reply chart(Call call) {
    Player p = player(call);
    ChartId id = ChartId.parse(call.param("id"));
    ChartHistoryView v = use.chartHistory().showChartHistory(new ShowChartHistoryQuery(p.id(), id));
    List<long[]> ach = new ArrayList<>();
    List<long[]> dx = new ArrayList<>();
    for (PlayView pv : v.plays()) {
      long at = pv.play().playedAt().toEpochMilli();
      ach.add(new long[] {at, pv.play().result().achievement().value()});
      dx.add(new long[] {at, pv.play().result().dxScore().score()});
    }
    String achCurve =
        Fmt.series("pct", List.of(call.texts().get("chart.achievement")), List.of(ach));
    String dxCurve = Fmt.series("int", List.of(call.texts().get("chart.dxScore")), List.of(dx));
    return Reply.view(
        "chart.jte", "chart.title", new ChartPage(v, p.region().zone(), achCurve, dxCurve));
  }

  private Reply rating(Call call) {
    Player p = player(call);
    ZoneOffset zone = p.region().zone();
    Instant asOf =
        call.dateQuery("date").map(d -> d.plusDays(1).atStartOfDay().toInstant(zone)).orElse(null);
    RatingView v = use.rating().showRating(new ShowRatingQuery(p.id(), asOf, 20));
    return Reply.view(
        "rating.jte",
        "nav.rating",
        new Rating(
            v, zone, call.query("date").orElse(""), DashboardPages.ratingCurve(call, v.curve())));
  }
}
