package dev.probe.archfixtures.web.javalin;

import dev.probe.archfixtures.store.StoreCallingScraper;

/** Wrong: a delivery reaches past the web application into the store. */
public final class JavalinReadingStore {
  public int plays() {
    return new StoreCallingScraper().size();
  }
}
