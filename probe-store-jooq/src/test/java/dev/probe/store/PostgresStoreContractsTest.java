package dev.probe.store;

import dev.probe.core.application.port.out.RememberedLoginStorePort;
import dev.probe.core.testing.StoreFixture;
import dev.probe.core.testing.contract.CatalogPortContract;
import dev.probe.core.testing.contract.LoadPlaysPortContract;
import dev.probe.core.testing.contract.NetSessionStorePortContract;
import dev.probe.core.testing.contract.PhotoStorePortContract;
import dev.probe.core.testing.contract.PlayerStorePortContract;
import dev.probe.core.testing.contract.ProfileStorePortContract;
import dev.probe.core.testing.contract.RawPageStorePortContract;
import dev.probe.core.testing.contract.RememberedLoginStorePortContract;
import dev.probe.core.testing.contract.SavePlaysPortContract;
import dev.probe.core.testing.contract.ScoreListStorePortContract;
import dev.probe.core.testing.contract.SyncRunStorePortContract;
import dev.probe.core.testing.contract.TransactionPortContract;
import javax.sql.DataSource;
import org.junit.jupiter.api.Nested;

/**
 * The core's store contracts, unchanged, on a real PostgreSQL: one migrated schema for this class,
 * emptied before every test.
 */
class PostgresStoreContractsTest {

  private static final DataSource SCHEMA = TestDatabase.freshSchema();
  private static final PostgresArchive ARCHIVE = new PostgresArchive(SCHEMA);

  static StoreFixture emptyStore() {
    TestDatabase.execute(
        SCHEMA,
        "truncate table best_state, play_tally, play_month, catalog_version, player, chart_key, chart_ref,"
            + " song, chart, chart_constant, sync_run, play, listed_score, profile_snapshot, photo,"
            + " raw_body, raw_sighting, net_session, net_login"
            + " restart identity cascade");
    PostgresArchive a = ARCHIVE;
    return new StoreFixture(
        a.players(),
        a.netSessions(),
        a.loadPlays(),
        a.savePlays(),
        a.scoreLists(),
        a.catalog(),
        a.profiles(),
        a.photos(),
        a.rawPages(),
        a.syncRuns(),
        a.transactions());
  }

  @Nested
  class KeptLogins extends RememberedLoginStorePortContract {
    @Override
    protected RememberedLoginStorePort newLogins() {
      emptyStore();
      return ARCHIVE.rememberedLogins();
    }
  }

  @Nested
  class Players extends PlayerStorePortContract {
    @Override
    protected StoreFixture newStore() {
      return emptyStore();
    }
  }

  @Nested
  class Sessions extends NetSessionStorePortContract {
    @Override
    protected StoreFixture newStore() {
      return emptyStore();
    }
  }

  @Nested
  class SavePlays extends SavePlaysPortContract {
    @Override
    protected StoreFixture newStore() {
      return emptyStore();
    }
  }

  @Nested
  class LoadPlays extends LoadPlaysPortContract {
    @Override
    protected StoreFixture newStore() {
      return emptyStore();
    }
  }

  @Nested
  class Bests extends ScoreListStorePortContract {
    @Override
    protected StoreFixture newStore() {
      return emptyStore();
    }
  }

  @Nested
  class Catalog extends CatalogPortContract {
    @Override
    protected StoreFixture newStore() {
      return emptyStore();
    }
  }

  @Nested
  class Profiles extends ProfileStorePortContract {
    @Override
    protected StoreFixture newStore() {
      return emptyStore();
    }
  }

  @Nested
  class Photos extends PhotoStorePortContract {
    @Override
    protected StoreFixture newStore() {
      return emptyStore();
    }
  }

  @Nested
  class RawPages extends RawPageStorePortContract {
    @Override
    protected StoreFixture newStore() {
      return emptyStore();
    }
  }

  @Nested
  class Runs extends SyncRunStorePortContract {
    @Override
    protected StoreFixture newStore() {
      return emptyStore();
    }
  }

  @Nested
  class Transactions extends TransactionPortContract {
    @Override
    protected StoreFixture newStore() {
      return emptyStore();
    }
  }
}
