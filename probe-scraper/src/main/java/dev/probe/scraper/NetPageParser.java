package dev.probe.scraper;

import dev.probe.core.application.port.out.PageParserPort;
import dev.probe.core.domain.RawPage;
import dev.probe.core.domain.Region;
import dev.probe.core.domain.page.NetPage;
import dev.probe.core.domain.page.PageKind;
import java.net.URI;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads any maimai DX NET page of any region: recognises error, logout, login and challenge pages
 * (typed errors), then the page kind and region from the page itself, then hands the page to the
 * parser of its kind. Anything incomplete, damaged or unknown is {@code UNRECOGNISED_PAGE}: a page
 * yields all of its plays or none, never a play without its time and chart.
 */
public final class NetPageParser implements PageParserPort {

  private final boolean strictTrees;

  /** Builds plain pages' trees with {@link StrictHtml}, any other page's with jsoup. */
  public NetPageParser() {
    this(true);
  }

  private NetPageParser(boolean strictTrees) {
    this.strictTrees = strictTrees;
  }

  /** A parser that builds every tree with jsoup, for tests that hold both ways' results equal. */
  static NetPageParser withJsoupTreesOnly() {
    return new NetPageParser(false);
  }

  @Override
  public NetPage parse(RawPage page) {
    PageText text = PageText.decode(page.body());
    URI url = page.url();
    Document doc = strictTrees ? StrictHtml.parse(text.text(), text.chars(), url.toString()) : null;
    if (doc == null) {
      doc = Jsoup.parse(text.text(), url.toString());
    }
    PageCensus census = PageCensus.of(doc);
    ErrorPages.check(census, text.text(), url);
    if (!text.hasNonAscii()) {
      throw Pages.unreadable(
          "page", "the text has no non-ASCII character, so its titles were lost to '?'");
    }
    if (!text.complete()) {
      throw Pages.unreadable("page", "it is cut short (it does not end with </html>)");
    }
    Element main = census.main;
    if (main == null) {
      throw Pages.unreadable("page", "it is not a NET page (no main wrapper)");
    }
    try {
      Region region = RegionDetector.detect(doc, url, census);
      return parse(KindDetector.detect(census, url), census, region, url);
    } catch (IllegalArgumentException | ArithmeticException | java.time.DateTimeException e) {
      throw Pages.unreadable("page", "a value is out of range (" + e.getMessage() + ")", e);
    }
  }

  private static NetPage parse(PageKind kind, PageCensus census, Region region, URI url) {
    Element main = census.main;
    switch (kind) {
      case HOME:
        return HomeParser.home(main, region);
      case FRIEND_CODE:
        return HomeParser.friendCode(main, region);
      case PLAYER_DATA:
        return PlayerDataParser.parse(main, region);
      case RECORD:
        return RecordListParser.parse(census, region);
      case PLAY_DETAIL:
        return PlayDetailParser.parse(census, region, url);
      case SCORE_LIST:
        return ScoreListParser.parse(census, region, url);
      case MUSIC_DETAIL:
        return MusicDetailParser.parse(main, region);
      case RATING_TARGET:
        return RatingTargetParser.parse(census, region);
      case PHOTO_ALBUM:
        return PhotoAlbumParser.parse(main, region);
      default:
        throw new IllegalStateException("no parser for " + kind);
    }
  }
}
