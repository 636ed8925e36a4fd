package dev.probe.core.testing;

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
import org.junit.jupiter.api.Nested;

/** The in-memory store passes every store contract. */
class InMemoryStoreContractsTest {

  @Nested
  class Players extends PlayerStorePortContract {
    @Override
    protected StoreFixture newStore() {
      return StoreFixture.inMemory();
    }
  }

  @Nested
  class Sessions extends NetSessionStorePortContract {
    @Override
    protected StoreFixture newStore() {
      return StoreFixture.inMemory();
    }
  }

  @Nested
  class KeptLogins extends RememberedLoginStorePortContract {
    @Override
    protected dev.probe.core.application.port.out.RememberedLoginStorePort newLogins() {
      return new InMemoryStore();
    }
  }

  @Nested
  class SavePlays extends SavePlaysPortContract {
    @Override
    protected StoreFixture newStore() {
      return StoreFixture.inMemory();
    }
  }

  @Nested
  class LoadPlays extends LoadPlaysPortContract {
    @Override
    protected StoreFixture newStore() {
      return StoreFixture.inMemory();
    }
  }

  @Nested
  class Bests extends ScoreListStorePortContract {
    @Override
    protected StoreFixture newStore() {
      return StoreFixture.inMemory();
    }
  }

  @Nested
  class Catalog extends CatalogPortContract {
    @Override
    protected StoreFixture newStore() {
      return StoreFixture.inMemory();
    }
  }

  @Nested
  class Profiles extends ProfileStorePortContract {
    @Override
    protected StoreFixture newStore() {
      return StoreFixture.inMemory();
    }
  }

  @Nested
  class Photos extends PhotoStorePortContract {
    @Override
    protected StoreFixture newStore() {
      return StoreFixture.inMemory();
    }
  }

  @Nested
  class RawPages extends RawPageStorePortContract {
    @Override
    protected StoreFixture newStore() {
      return StoreFixture.inMemory();
    }
  }

  @Nested
  class Runs extends SyncRunStorePortContract {
    @Override
    protected StoreFixture newStore() {
      return StoreFixture.inMemory();
    }
  }

  @Nested
  class Transactions extends TransactionPortContract {
    @Override
    protected StoreFixture newStore() {
      return StoreFixture.inMemory();
    }
  }
}
