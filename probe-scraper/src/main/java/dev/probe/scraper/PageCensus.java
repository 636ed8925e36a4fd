package dev.probe.scraper;

import dev.probe.core.domain.Region;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * One walk over the whole document that notes everything detection needs (error box, login form,
 * title image, region host, each kind's key container) and the entry lists the list parsers read,
 * so that no later step walks the whole page again. Large pages have tens of thousands of nodes.
 */
final class PageCensus {

  Element main;
  Element containerRed;
  boolean errorTitle;
  boolean loginForm;
  String titleImage = "";
  Region assetRegion;
  boolean notesDetail;
  boolean musicDetailTable;
  boolean musicCount;
  boolean ratingTargetRank;
  boolean blockInfo;
  boolean photoImage;
  boolean screwBlock;
  boolean scoreEntry;
  Element friendCode;
  final List<String> selects = new ArrayList<>();
  final List<Element> tops = new ArrayList<>();

  /** The {@code record/playlogDetail/} forms inside main, in page order (one per play). */
  final List<Element> playlogDetailForms = new ArrayList<>();

  /** {@code div.screw_block} headings and {@code music_*_score_back} divs, in page order. */
  final List<Element> sections = new ArrayList<>();

  static PageCensus of(Document doc) {
    PageCensus census = new PageCensus();
    census.walk(doc);
    return census;
  }

  /**
   * Pre-order, in document order. Main's subtree is contiguous in that order: an element is inside
   * main while the stack, once it is popped, is at least as deep as it was when main was popped.
   */
  private void walk(Element root) {
    List<Element> stack = new ArrayList<>();
    stack.add(root);
    int mainFloor = -1;
    boolean leftMain = false;
    while (!stack.isEmpty()) {
      Element e = stack.remove(stack.size() - 1);
      leftMain |= mainFloor >= 0 && stack.size() < mainFloor;
      boolean inMain = mainFloor >= 0 && !leftMain && e != main;
      visit(e, inMain);
      if (e == main) {
        mainFloor = stack.size();
      }
      for (int i = e.childNodeSize() - 1; i >= 0; i--) {
        Node child = e.childNode(i);
        if (child instanceof Element) {
          stack.add((Element) child);
        }
      }
    }
  }

  private void visit(Element e, boolean inMain) {
    String tag = e.normalName();
    String cls = e.className();
    if (tag.equals("div")) {
      visitDiv(e, cls, inMain);
    } else if (tag.equals("img")) {
      visitImg(e, cls, inMain);
    } else if (tag.equals("form")) {
      String action = e.attr("action");
      if (inMain && action.endsWith("/record/playlogDetail/")) {
        playlogDetailForms.add(e);
      } else if (inMain
          && action.endsWith("/record/musicDetail/")
          && e.parent() != null
          && ScoreEntryReader.difficultyOf(e.parent()) != null) {
        scoreEntry = true;
      }
      if (action.contains("lng-tgk-aime-gw.am-all.net")
          || action.contains("/common_auth/login")
          || action.endsWith("/maimai-mobile/submit/")) {
        loginForm = true;
      }
    } else if (tag.equals("select") && inMain) {
      selects.add(e.attr("name"));
    } else if (tag.equals("table") && inMain && !cls.isEmpty()) {
      notesDetail |= ClassTokens.has(cls, "playlog_notes_detail");
      musicDetailTable |= ClassTokens.has(cls, "music_detail_table");
    }
  }

  private void visitDiv(Element e, String cls, boolean inMain) {
    if (cls.isEmpty()) {
      return;
    }
    if (main == null && ClassTokens.has(cls, "main_wrapper")) {
      main = e;
    }
    if (containerRed == null && ClassTokens.has(cls, "container_red")) {
      containerRed = e;
    }
    if (!inMain) {
      return;
    }
    if (cls.contains("playlog_top_container") && ClassTokens.has(cls, "playlog_top_container")) {
      tops.add(e);
    }
    if (cls.contains("_score_back") || ClassTokens.has(cls, "screw_block")) {
      sections.add(e);
      screwBlock |= ClassTokens.has(cls, "screw_block");
    }
    musicCount |= cls.contains("musiccount_block") && ClassTokens.has(cls, "musiccount_block");
    ratingTargetRank |= cls.contains("ratingtarget_scorerank_block");
    blockInfo |= cls.contains("block_info") && ClassTokens.has(cls, "block_info");
    if (friendCode == null
        && ClassTokens.has(cls, "see_through_block")
        && e.parent() != null
        && e.parent().hasClass("town_block")) {
      friendCode = e;
    }
  }

  private void visitImg(Element e, String cls, boolean inMain) {
    if (ClassTokens.has(cls, "title")) {
      String name = Icons.name(e);
      errorTitle |= name.equals("title_error");
      if (inMain && titleImage.isEmpty()) {
        titleImage = name;
      }
    }
    if (inMain && assetRegion == null) {
      assetRegion = regionOfSrc(e.attr("src")).orElse(null);
    }
    photoImage |= inMain && PhotoAlbumParser.isPhoto(e);
  }

  static Optional<Region> regionOfSrc(String src) {
    if (!src.startsWith("https://") && !src.startsWith("http://")) {
      return Optional.empty();
    }
    int start = src.indexOf("//") + 2;
    int end = src.indexOf('/', start);
    return Region.ofHost(end < 0 ? src.substring(start) : src.substring(start, end));
  }
}
