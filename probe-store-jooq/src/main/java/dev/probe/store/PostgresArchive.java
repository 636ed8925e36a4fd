package dev.probe.store;

import dev.probe.core.application.port.out.CatalogPort;
import dev.probe.core.application.port.out.LoadPlaysPort;
import dev.probe.core.application.port.out.NetSessionStorePort;
import dev.probe.core.application.port.out.PhotoStorePort;
import dev.probe.core.application.port.out.PlayerStorePort;
import dev.probe.core.application.port.out.ProfileStorePort;
import dev.probe.core.application.port.out.RawPageStorePort;
import dev.probe.core.application.port.out.RememberedLoginStorePort;
import dev.probe.core.application.port.out.SavePlaysPort;
import dev.probe.core.application.port.out.ScoreListStorePort;
import dev.probe.core.application.port.out.SyncRunStorePort;
import dev.probe.core.application.port.out.TransactionPort;
import dev.probe.core.application.service.ArchivePorts;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.ExecuteListener;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;

/**
 * The archive on PostgreSQL: hands out every store port of the core, all sharing one transaction
 * scope ({@link #transactions()}), and exports or imports the whole archive. The schema must be
 * migrated ({@link Migrations}) before use.
 */
public final class PostgresArchive {

  private final DSLContext dsl;
  private final StoreTx tx;
  private final PlayerStore players;
  private final PlaySaver saver;
  private final PlayLoader loader;
  private final BestScores bests;
  private final CatalogStore catalog;
  private final ProfileStore profiles;
  private final PhotoStore photos;
  private final RawPageStore rawPages;
  private final SyncRunStore runs;
  private final NetSessionStore sessions;
  private final RememberedLoginStore logins;

  public PostgresArchive(DataSource dataSource) {
    this(dataSource, List.of());
  }

  /** With execute listeners (the benchmark captures the SQL it explains). */
  PostgresArchive(DataSource dataSource, List<ExecuteListener> listeners) {
    // No SQL logging at all: bind values include NET cookies, which must never reach a log.
    Settings settings =
        new Settings()
            .withExecuteLogging(false)
            .withRenderSchema(false)
            .withDiagnosticsLogging(false);
    DefaultConfiguration config = new DefaultConfiguration();
    config.set(dataSource).set(SQLDialect.POSTGRES).set(settings);
    if (!listeners.isEmpty()) {
      config.set(listeners.toArray(ExecuteListener[]::new));
    }
    this.dsl = DSL.using(config);
    this.tx = new StoreTx(dsl);
    ChartIdCache chartIds = new ChartIdCache();
    this.players = new PlayerStore(tx);
    this.saver = new PlaySaver(tx);
    this.loader = new PlayLoader(tx, new PlayListReader(chartIds));
    this.bests = new BestScores(tx, chartIds);
    this.catalog = new CatalogStore(tx);
    this.profiles = new ProfileStore(tx);
    this.photos = new PhotoStore(tx);
    this.rawPages = new RawPageStore(tx);
    this.runs = new SyncRunStore(tx);
    this.sessions = new NetSessionStore(tx);
    this.logins = new RememberedLoginStore(tx);
  }

  public TransactionPort transactions() {
    return tx;
  }

  public PlayerStorePort players() {
    return players;
  }

  public SavePlaysPort savePlays() {
    return saver;
  }

  public LoadPlaysPort loadPlays() {
    return loader;
  }

  public ScoreListStorePort scoreLists() {
    return bests;
  }

  public CatalogPort catalog() {
    return catalog;
  }

  public ProfileStorePort profiles() {
    return profiles;
  }

  public PhotoStorePort photos() {
    return photos;
  }

  public RawPageStorePort rawPages() {
    return rawPages;
  }

  public SyncRunStorePort syncRuns() {
    return runs;
  }

  public NetSessionStorePort netSessions() {
    return sessions;
  }

  /** The sealed SEGA ID logins players chose to keep (never exported). */
  public RememberedLoginStorePort rememberedLogins() {
    return logins;
  }

  /** Every store port of this archive as the one value the core's archiving services take. */
  public ArchivePorts ports() {
    return new ArchivePorts(
        players(),
        netSessions(),
        syncRuns(),
        rawPages(),
        loadPlays(),
        savePlays(),
        profiles(),
        photos(),
        scoreLists(),
        catalog(),
        transactions());
  }

  /**
   * Writes everything but NET sessions to {@code dir}: JSON Lines per kind, raw page bodies under
   * {@code raw/}, and a manifest written last (a folder without it is an unfinished export).
   *
   * @return lines written per kind
   */
  public Map<String, Long> exportTo(Path dir) {
    return ArchiveExporter.export(tx, dir);
  }

  /** Whether {@code dir} holds a finished export (its manifest). */
  public static boolean isExport(Path dir) {
    return ArchiveImporter.isExport(dir);
  }

  /**
   * Reads an export into this archive in batches, each its own transaction; existing records are
   * kept, so running it again after an interruption completes it.
   *
   * @return lines read per kind
   */
  public Map<String, Long> importFrom(Path dir) {
    return new ArchiveImporter(this, tx, dir).run();
  }
}
