package dev.probe.scraper;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Every test page as a whole page: real pages, real fragments in a synthetic shell, synthetic
 * pages.
 */
final class FuzzCorpus {

  record Page(String name, URI url, String html) {}

  private FuzzCorpus() {}

  static List<Page> all() {
    List<Page> pages = new ArrayList<>();
    for (String f :
        List.of(
            "record.html", "friend-code.html", "friend.html", "music-genre-expert-excerpt.html")) {
      pages.add(new Page("cn/" + f, URI.create("file:///" + f), Fixtures.text("fixtures/cn/" + f)));
    }
    for (String f :
        List.of(
            "record-entry-scopix-remaster.html",
            "record-entry-scopix-expert.html",
            "record-entry-zitronectar.html",
            "record-entry-utage-buddy.html",
            "record-entry-utage-jp.html")) {
      String lang = f.contains("-jp") ? "ja" : "en";
      pages.add(shell(f, lang, "title_playlog"));
    }
    for (String f :
        List.of(
            "score-entry-adv-sirius.html",
            "score-entry-basic-idsmile.html",
            "score-entry-donki.html",
            "score-entry-empty-title.html",
            "score-entry-yamero.html")) {
      pages.add(shell(f, "en", "title_music"));
    }
    for (String f : List.of("player-data-amakami.html", "player-data-shikanoko-jp-edited.html")) {
      pages.add(shell(f, "en", ""));
    }
    for (String f :
        List.of(
            "home-cn.html",
            "player-data-cn.html",
            "music-level-intl.html",
            "music-version-jp.html",
            "music-genre-utage-intl.html",
            "music-genre-all-cn.html",
            "music-detail-intl.html",
            "rating-target-cn.html",
            "photo-album-intl.html",
            "error-200002-cn.html",
            "error-100001-jp.html",
            "error-300001-intl.html",
            "logout-cn.html",
            "login-gateway-intl.html",
            "waf-challenge.html",
            "friend-vs-cn.html")) {
      pages.add(new Page(f, URI.create("file:///" + f), Fixtures.text("synthetic/" + f)));
    }
    pages.add(
        detail(
            "playlog-detail-solo-dx-intl.html",
            "https://maimaidx-eng.com/maimai-mobile/record/playlogDetail/?idx=14,1769098716"));
    pages.add(
        detail(
            "playlog-detail-std-cn.html",
            "https://maimai.wahlap.com/maimai-mobile/record/playlogDetail/?idx=33,1759467960"));
    pages.add(
        detail(
            "playlog-detail-multi-intl.html",
            "https://maimaidx-eng.com/maimai-mobile/record/playlogDetail/?idx=15,1769098935"));
    pages.add(
        detail(
            "playlog-detail-vs-jp.html",
            "https://maimaidx.jp/maimai-mobile/record/playlogDetail/?idx=2,1769943610"));
    pages.add(
        detail(
            "playlog-detail-utage-intl.html",
            "https://maimaidx-eng.com/maimai-mobile/record/playlogDetail/?idx=20,1768626310"));
    return pages;
  }

  private static Page shell(String fragment, String lang, String titleImage) {
    String html =
        SyntheticShell.page(
            lang, "Page", titleImage, Fixtures.text("fixtures/intl-fragments/" + fragment));
    return new Page(fragment, URI.create("file:///" + fragment), html);
  }

  private static Page detail(String file, String url) {
    return new Page(file, URI.create(url), Fixtures.text("synthetic/" + file));
  }
}
