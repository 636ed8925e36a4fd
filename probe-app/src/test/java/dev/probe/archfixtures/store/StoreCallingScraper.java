package dev.probe.archfixtures.store;

import dev.probe.archfixtures.scraper.ScraperSavingDirectly;

/** Wrong: closes the cycle with the scraper. */
public final class StoreCallingScraper {
  public int size() {
    return 1;
  }

  public int again() {
    return new ScraperSavingDirectly().save();
  }
}
