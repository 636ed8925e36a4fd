package dev.probe.web;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import java.util.function.Supplier;

/**
 * HTML already rendered, by template, frame and model. Templates read nothing else, so an equal
 * frame (same words, origin, viewer, players) and an equal model give the same page: a view the
 * core kept (the same object until the archive changes) is rendered once per viewer and language,
 * not on every request. Bounded by total size.
 */
final class RenderedPages {
  private final Cache<Page, String> pages =
      CacheBuilder.newBuilder()
          .maximumWeight(32L << 20)
          .<Page, String>weigher((page, html) -> 2 * html.length())
          .build();

  String get(Page page, Supplier<String> render) {
    String html = pages.getIfPresent(page);
    if (html == null) {
      html = render.get();
      pages.put(page, html);
    }
    return html;
  }
}
