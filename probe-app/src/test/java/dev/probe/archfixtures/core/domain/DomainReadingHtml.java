package dev.probe.archfixtures.core.domain;

import org.jsoup.nodes.Document;

/** Wrong: the domain parses HTML. */
public final class DomainReadingHtml {
  public String title(Document page) {
    return page.title();
  }
}
