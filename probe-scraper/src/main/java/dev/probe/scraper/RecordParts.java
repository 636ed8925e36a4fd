package dev.probe.scraper;

import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * The elements of one play, found in one walk of its top container and one of its result container
 * (instead of a search per field). Each is the first in document order within the block
 * MAIMAI-NET-PAGES §7 puts it in; null when absent.
 */
final class RecordParts {

  Element diff;
  Element subTitle;
  Element utage;
  Element vs;
  Element vsResult;
  Element titleBlock;
  Element levelIcon;
  Element musicImg;
  Element kindIcon;
  Element result;
  Element achievementTxt;
  Element achievementNewRecord;
  Element scoreRank;
  Element inner;
  Element scoreBlock;
  Element white;
  Element dxNewRecord;
  Element star;
  Element matching;

  private final Map<String, String[]> tokenCache;

  private RecordParts(Map<String, String[]> tokenCache) {
    this.tokenCache = tokenCache;
  }

  /**
   * @param tokenCache class attribute → its class names, shared by the entries of one page: fifty
   *     entries repeat the same dozen class attributes, so each is split once
   */
  static RecordParts ofTop(Element top, Map<String, String[]> tokenCache) {
    RecordParts p = new RecordParts(tokenCache);
    for (Element e = top; e != null; e = Scan.next(top, e)) {
      for (String token : p.tokens(e)) {
        p.top(e, token);
      }
    }
    return p;
  }

  RecordParts withContainer(Element container) {
    RecordParts p = this;
    for (Element e = container; e != null; e = Scan.next(container, e)) {
      for (String token : tokens(e)) {
        p.container(e, token, container);
      }
    }
    return p;
  }

  private String[] tokens(Element e) {
    return tokenCache.computeIfAbsent(e.className(), cls -> cls.split(" "));
  }

  private void top(Element e, String token) {
    switch (token) {
      case "playlog_diff":
        diff = diff == null ? e : diff;
        break;
      case "sub_title":
        subTitle = subTitle == null ? e : subTitle;
        break;
      case "playlog_music_kind_icon_utage":
        utage = utage == null ? e : utage;
        break;
      case "playlog_vs":
        vs = vs == null ? e : vs;
        break;
      case "playlog_vs_result":
        vsResult = vsResult == null ? e : vsResult;
        break;
      default:
    }
  }

  private void container(Element e, String token, Element container) {
    switch (token) {
      case "basic_block":
        if (titleBlock == null && e.parent() == container) {
          titleBlock = e;
        }
        break;
      case "playlog_level_icon":
        levelIcon = levelIcon == null && Scan.isWithin(e, titleBlock) ? e : levelIcon;
        break;
      case "music_img":
        musicImg = musicImg == null ? e : musicImg;
        break;
      case "playlog_music_kind_icon":
        kindIcon = kindIcon == null ? e : kindIcon;
        break;
      case "playlog_result_block":
        result = result == null ? e : result;
        break;
      case "playlog_achievement_txt":
        achievementTxt = achievementTxt == null && Scan.isWithin(e, result) ? e : achievementTxt;
        break;
      case "playlog_achievement_newrecord":
        achievementNewRecord =
            achievementNewRecord == null && Scan.isWithin(e, result) ? e : achievementNewRecord;
        break;
      case "playlog_scorerank":
        scoreRank = scoreRank == null && Scan.isWithin(e, result) ? e : scoreRank;
        break;
      case "playlog_result_innerblock":
        inner = inner == null && Scan.isWithin(e, result) ? e : inner;
        break;
      case "playlog_score_block":
        scoreBlock = scoreBlock == null && Scan.isWithin(e, inner) ? e : scoreBlock;
        break;
      case "white":
        white = white == null && Scan.isWithin(e, scoreBlock) ? e : white;
        break;
      case "playlog_deluxscore_newrecord":
        dxNewRecord = dxNewRecord == null && Scan.isWithin(e, scoreBlock) ? e : dxNewRecord;
        break;
      case "playlog_deluxscore_star":
        star = star == null && Scan.isWithin(e, scoreBlock) ? e : star;
        break;
      case "playlog_matching_icon":
        matching = matching == null && Scan.isWithin(e, inner) ? e : matching;
        break;
      default:
    }
  }
}
