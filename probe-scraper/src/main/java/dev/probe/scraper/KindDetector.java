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

  static PageKind detect(PageCensus census, URI url) {
    Element main = census.main;
    String path = url.getPath() == null ? "" : url.getPath();
    if (census.notesDetail) {
      return PageKind.PLAY_DETAIL;
    }
    if (!census.tops.isEmpty()) {
      return path.endsWith("/record/playlogDetail/") ? PageKind.PLAY_DETAIL : PageKind.RECORD;
    }
    if (census.musicDetailTable) {
      return PageKind.MUSIC_DETAIL;
    }
    if (census.musicCount) {
      return PageKind.PLAYER_DATA;
    }
    if (census.ratingTargetRank) {
      return PageKind.RATING_TARGET;
    }
    if (census.blockInfo || census.photoImage) {
      return PageKind.PHOTO_ALBUM;
    }
    if (census.friendCode != null) {
      return PageKind.FRIEND_CODE;
    }
    String title = census.titleImage;
    if (census.scoreEntry || title.equals("title_music")) {
      return PageKind.SCORE_LIST;
    }
    if (title.equals("title_playlog")) {
      return PageKind.RECORD; // a player with no plays yet
    }
    if (path.endsWith("/playerData/photo/")) {
      return PageKind.PHOTO_ALBUM;
    }
    boolean userBlock = UserBlockReader.find(main) != null;
    if (userBlock && (path.endsWith("/home/ratingTargetMusic/") || census.screwBlock)) {
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
}
