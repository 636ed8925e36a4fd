package dev.probe.scraper;

import dev.probe.core.domain.page.PageKind;
import java.net.URI;
import org.jsoup.nodes.Element;

/**
 * Tells the page kind from its own content: each kind's key container first, then the title image;
 * the address is only a hint for pages whose lists are empty. Known NET pages probe does not read
 * (friend list, friend VS, …) and anything else are "unrecognised".
 */
final class KindDetector {

  private KindDetector() {}

  static PageKind detect(Element main, URI url) {
    String path = url.getPath() == null ? "" : url.getPath();
    if (has(main, "playlog_notes_detail")) {
      return PageKind.PLAY_DETAIL;
    }
    if (has(main, "playlog_top_container")) {
      return path.endsWith("/record/playlogDetail/") ? PageKind.PLAY_DETAIL : PageKind.RECORD;
    }
    if (has(main, "music_detail_table")) {
      return PageKind.MUSIC_DETAIL;
    }
    if (has(main, "musiccount_block")) {
      return PageKind.PLAYER_DATA;
    }
    if (has(main, "ratingtarget_scorerank_block")) {
      return PageKind.RATING_TARGET;
    }
    if (has(main, "block_info") || hasPhoto(main)) {
      return PageKind.PHOTO_ALBUM;
    }
    if (main.selectFirst(".town_block .see_through_block") != null) {
      return PageKind.FRIEND_CODE;
    }
    String title = titleImage(main);
    if (hasScoreEntry(main) || title.equals("title_music")) {
      return PageKind.SCORE_LIST;
    }
    if (title.equals("title_playlog")) {
      return PageKind.RECORD; // a player with no plays yet
    }
    if (path.endsWith("/playerData/photo/")) {
      return PageKind.PHOTO_ALBUM;
    }
    boolean userBlock = UserBlockReader.find(main) != null;
    if (userBlock && (path.endsWith("/home/ratingTargetMusic/") || has(main, "screw_block"))) {
      return PageKind.RATING_TARGET;
    }
    if (title.isEmpty() && userBlock && UserBlockReader.count(main) == 1) {
      return PageKind.HOME;
    }
    throw Pages.unreadable(
        "page",
        title.isEmpty()
            ? "it is not a NET page kind probe reads"
            : "its kind (" + title + ") is not one probe reads");
  }

  private static boolean has(Element main, String cls) {
    return main.getElementsByClass(cls).first() != null;
  }

  private static boolean hasPhoto(Element main) {
    for (Element img : main.getElementsByTag("img")) {
      if (PhotoAlbumParser.isPhoto(img)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasScoreEntry(Element main) {
    for (Element form : main.getElementsByTag("form")) {
      if (form.attr("action").endsWith("/record/musicDetail/")
          && form.parent() != null
          && ScoreEntryReader.difficultyOf(form.parent()) != null) {
        return true;
      }
    }
    return false;
  }

  /** The name of the page's title image ({@code title_playlog}); "" when it has none. */
  static String titleImage(Element main) {
    for (Element img : main.getElementsByClass("title")) {
      if (img.nameIs("img")) {
        return Icons.name(img);
      }
    }
    return "";
  }
}
