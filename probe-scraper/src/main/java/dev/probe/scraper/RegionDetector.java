package dev.probe.scraper;

import dev.probe.core.domain.Region;
import java.net.URI;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Which NET served a page: the host it was fetched from, else the host of its own images (saved
 * files keep them), else {@code <html lang>}, else a localised label.
 */
final class RegionDetector {

  private RegionDetector() {}

  static Region detect(Document doc, URI url, PageCensus census) {
    Element main = census.main;
    if (url.getHost() != null) {
      Optional<Region> byUrl = Region.ofHost(url.getHost());
      if (byUrl.isPresent()) {
        return byUrl.get();
      }
    }
    if (census.assetRegion != null) {
      return census.assetRegion;
    }
    Element html = doc.selectFirst("html");
    String lang = html == null ? "" : html.attr("lang");
    if (lang.startsWith("zh")) {
      return Region.CN;
    }
    if (lang.startsWith("ja")) {
      return Region.JP;
    }
    if (lang.startsWith("en")) {
      return Region.INTL;
    }
    String text = main.text();
    if (text.contains("曲目") || text.contains("错误码")) {
      return Region.CN;
    }
    if (text.contains("エラーコード")) {
      return Region.JP;
    }
    throw Pages.unreadable("page", "it says neither by host nor by language which NET it is from");
  }
}
