package dev.probe.core.application.service;

import dev.probe.core.application.port.in.AddPlayerCommand;
import dev.probe.core.application.port.in.ListChartsQuery;
import dev.probe.core.application.port.in.ListChartsUseCase;
import dev.probe.core.application.port.in.ListPlaysQuery;
import dev.probe.core.application.port.in.ListPlaysUseCase;
import dev.probe.core.application.port.in.ManagePlayersUseCase;
import dev.probe.core.application.port.in.ShowChartHistoryQuery;
import dev.probe.core.application.port.in.ShowChartHistoryUseCase;
import dev.probe.core.application.port.in.ShowDashboardQuery;
import dev.probe.core.application.port.in.ShowDashboardUseCase;
import dev.probe.core.application.port.in.ShowRatingQuery;
import dev.probe.core.application.port.in.ShowRatingUseCase;
import dev.probe.core.application.port.out.ArchiveChangesPort;
import dev.probe.core.domain.PageResult;
import dev.probe.core.domain.Player;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.view.ChartHistoryView;
import dev.probe.core.domain.view.ChartListItem;
import dev.probe.core.domain.view.DashboardView;
import dev.probe.core.domain.view.PlayView;
import dev.probe.core.domain.view.RatingView;
import java.time.Clock;
import java.util.List;

/**
 * The pages players open most, answered from memory until the archive changes: the dashboard, play
 * pages, the chart list, the rating and chart histories. Each answer is the one the wrapped service
 * gave for the same query since the last completed write, so the cost of reading a large archive is
 * paid once per sync or import instead of on every request.
 */
public final class CachedQueriesService
    implements ManagePlayersUseCase,
        ShowDashboardUseCase,
        ListPlaysUseCase,
        ListChartsUseCase,
        ShowRatingUseCase,
        ShowChartHistoryUseCase {

  private final ManagePlayersUseCase players;
  private final ShowDashboardUseCase dashboard;
  private final ListPlaysUseCase plays;
  private final ListChartsUseCase charts;
  private final ShowRatingUseCase rating;
  private final ShowChartHistoryUseCase chartHistory;
  private final ViewCache<String, List<Player>> playerLists;
  private final ViewCache<PlayerId, Player> playersById;
  private final ViewCache<ShowDashboardQuery, DashboardView> dashboards;
  private final ViewCache<ListPlaysQuery, PageResult<PlayView>> playPages;
  private final ViewCache<ListChartsQuery, List<ChartListItem>> chartLists;
  private final ViewCache<ShowRatingQuery, RatingView> ratings;
  private final ViewCache<ShowChartHistoryQuery, ChartHistoryView> histories;

  /**
   * @param changes the archive's change count; it must see every write to the archive the wrapped
   *     services read
   */
  public CachedQueriesService(
      ArchiveChangesPort changes,
      Clock clock,
      ManagePlayersUseCase players,
      ShowDashboardUseCase dashboard,
      ListPlaysUseCase plays,
      ListChartsUseCase charts,
      ShowRatingUseCase rating,
      ShowChartHistoryUseCase chartHistory) {
    this.players = players;
    this.dashboard = dashboard;
    this.plays = plays;
    this.charts = charts;
    this.rating = rating;
    this.chartHistory = chartHistory;
    this.playerLists = new ViewCache<>(changes, clock, 1);
    this.playersById = new ViewCache<>(changes, clock, 64);
    this.dashboards = new ViewCache<>(changes, clock, 64);
    this.playPages = new ViewCache<>(changes, clock, 512);
    this.chartLists = new ViewCache<>(changes, clock, 16);
    this.ratings = new ViewCache<>(changes, clock, 64);
    this.histories = new ViewCache<>(changes, clock, 256);
  }

  @Override
  public Player addPlayer(AddPlayerCommand command) {
    return players.addPlayer(command);
  }

  @Override
  public List<Player> listPlayers() {
    return playerLists.get("all", () -> List.copyOf(players.listPlayers()));
  }

  @Override
  public Player findPlayer(PlayerId id) {
    return playersById.get(id, () -> players.findPlayer(id));
  }

  @Override
  public DashboardView showDashboard(ShowDashboardQuery query) {
    return dashboards.get(query, () -> dashboard.showDashboard(query));
  }

  @Override
  public PageResult<PlayView> listPlays(ListPlaysQuery query) {
    return playPages.get(query, () -> plays.listPlays(query));
  }

  @Override
  public List<ChartListItem> listCharts(ListChartsQuery query) {
    return chartLists.get(query, () -> List.copyOf(charts.listCharts(query)));
  }

  @Override
  public RatingView showRating(ShowRatingQuery query) {
    return ratings.get(query, () -> rating.showRating(query));
  }

  @Override
  public ChartHistoryView showChartHistory(ShowChartHistoryQuery query) {
    return histories.get(query, () -> chartHistory.showChartHistory(query));
  }
}
