package dev.probe.app;

import dev.probe.core.application.port.in.AddPlayerCommand;
import dev.probe.core.application.port.in.ImportPagesCommand;
import dev.probe.core.application.port.in.ImportPagesUseCase;
import dev.probe.core.application.port.in.ManagePlayersUseCase;
import dev.probe.core.application.port.out.CatalogPort;
import dev.probe.core.domain.Achievement;
import dev.probe.core.domain.InternalLevel;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.Rank;
import dev.probe.core.domain.RawPage;
import dev.probe.core.domain.Region;
import dev.probe.core.domain.rating.ChartRatingFormula;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Fills an empty archive for {@code probe serve --demo}: eight weekly "syncs" of synthetic NET
 * pages (playerData, record list, play details) imported through the import use case, as a real
 * import would be, so a newcomer sees curves, diffs and a lost-plays warning at once.
 */
final class DemoArchive {
  static final PlayerId PLAYER = new PlayerId("demo");
  private static final int WEEKS = 8;
  private static final int PLAYS_PER_WEEK = 8;

  /** In week 5 NET counts three plays probe never sees: the dashboard warns about them. */
  private static final int LOST_WEEK = 5;

  private final ManagePlayersUseCase players;
  private final ImportPagesUseCase imports;
  private final CatalogPort catalog;
  private final Clock clock;

  DemoArchive(
      ManagePlayersUseCase players, ImportPagesUseCase imports, CatalogPort catalog, Clock clock) {
    this.players = players;
    this.imports = imports;
    this.catalog = catalog;
    this.clock = clock;
  }

  /** Imports the demo when the archive has no player yet; returns the plays imported (0 if not). */
  int fillIfEmpty() {
    if (!players.listPlayers().isEmpty()) {
      return 0;
    }
    players.addPlayer(new AddPlayerCommand(PLAYER, Region.CN, "ＤＥＭＯ"));
    catalog.saveCatalog(DemoCharts.songs(), DemoCharts.charts());
    Random random = new Random(20261126L);
    Map<DemoCharts.DemoChart, Integer> best = new HashMap<>();
    List<DemoPages.DemoPlay> all = new ArrayList<>();
    Instant start =
        clock
            .instant()
            .minus(Duration.ofDays(7L * WEEKS))
            .truncatedTo(java.time.temporal.ChronoUnit.DAYS);
    int netCounter = 0;
    int imported = 0;
    for (int week = 0; week < WEEKS; week++) {
      Instant session = start.plus(Duration.ofDays(7L * week)).plus(Duration.ofHours(11));
      List<DemoPages.DemoPlay> fresh = new ArrayList<>();
      for (int i = 0; i < PLAYS_PER_WEEK; i++) {
        DemoCharts.DemoChart c = DemoCharts.ALL.get(random.nextInt(DemoCharts.ALL.size()));
        long epoch = session.plus(Duration.ofMinutes(4L * i)).getEpochSecond() + random.nextInt(50);
        int ach = achievement(c, week, random);
        boolean record = ach > best.getOrDefault(c, -1);
        best.merge(c, ach, Math::max);
        int dx =
            (int) Math.min(c.maxDx(), Math.round(c.maxDx() * (0.80 + (ach - 950_000) / 400_000.0)));
        fresh.add(
            new DemoPages.DemoPlay(
                c,
                epoch,
                (all.size() + i) % 50,
                i % 4 + 1,
                ach,
                Math.max(0, dx),
                Rank.of(new Achievement(ach)).recordKey(),
                combo(ach, random),
                random.nextInt(6) == 0 ? "sync" : "sync_dummy",
                record));
      }
      all.addAll(fresh);
      netCounter += fresh.size() + (week == LOST_WEEK ? 3 : 0);
      imported += importWeek(session.plus(Duration.ofHours(2)), all, fresh, best, netCounter);
    }
    return imported;
  }

  private int importWeek(
      Instant syncAt,
      List<DemoPages.DemoPlay> all,
      List<DemoPages.DemoPlay> fresh,
      Map<DemoCharts.DemoChart, Integer> best,
      int netCounter) {
    int rating = rating(best);
    List<RawPage> pages = new ArrayList<>();
    pages.add(
        page(
            "playerData/",
            syncAt,
            DemoPages.playerData(rating, netCounter, 1200 + netCounter, best.size())));
    List<DemoPages.DemoPlay> newestFirst =
        new ArrayList<>(all.subList(Math.max(0, all.size() - 50), all.size()));
    java.util.Collections.reverse(newestFirst);
    pages.add(page("record/", syncAt, DemoPages.recordPage(newestFirst)));
    for (DemoPages.DemoPlay p : fresh) {
      pages.add(
          page(
              "record/playlogDetail/?idx=" + p.idx().replace(",", "%2C"),
              syncAt,
              DemoPages.playDetail(p, rating, p.newRecord() ? 3 : 0)));
    }
    return imports
        .importPages(new ImportPagesCommand(PLAYER, dev.probe.core.domain.SyncSource.IMPORT, pages))
        .newPlays()
        .size();
  }

  private static RawPage page(String path, Instant at, String html) {
    return new RawPage(URI.create(DemoPages.NET + path), at, html.getBytes(StandardCharsets.UTF_8));
  }

  /** Skill: easier charts near SSS+, harder ones lower, every week a little better. */
  private static int achievement(DemoCharts.DemoChart c, int week, Random random) {
    int base = 1_004_000 - Math.max(0, c.constant() - 115) * 2_400 + week * 1_500;
    int noise = (int) Math.round(random.nextGaussian() * 6_000);
    return Math.max(800_000, Math.min(1_010_000, base + noise));
  }

  private static String combo(int ach, Random random) {
    if (ach >= 1_007_500 && random.nextInt(3) == 0) {
      return "ap";
    }
    if (ach >= 1_002_000) {
      return random.nextBoolean() ? "fcplus" : "fc";
    }
    return "fc_dummy";
  }

  /** What NET would show: the sum of every best's rating (all charts fit in B35 + B15). */
  private static int rating(Map<DemoCharts.DemoChart, Integer> best) {
    int sum = 0;
    for (var e : best.entrySet()) {
      sum +=
          ChartRatingFormula.base(
              InternalLevel.exact(e.getKey().constant()), new Achievement(e.getValue()));
    }
    return sum;
  }
}
