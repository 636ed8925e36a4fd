package dev.probe.archfixtures.scraper;

import dev.probe.archfixtures.store.StoreCallingScraper;

/** Wrong: one adapter uses another, and the two form a cycle. */
public final class ScraperSavingDirectly {
  public int save() {
    return new StoreCallingScraper().size();
  }
}
