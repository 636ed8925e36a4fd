package dev.probe.scraper;

import dev.probe.core.domain.page.UserBlock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** The player block of home, playerData, ratingTargetMusic and the friend-code page (§4). */
final class UserBlockReader {

  private static final Pattern STARS = Pattern.compile("×\\s*(\\d[\\d,]*)");
  private static final Pattern RATING = Pattern.compile("\\d{1,5}");

  private UserBlockReader() {}

  /** The first {@code see_through_block} holding a name and a rating; null when there is none. */
  static Element find(Element main) {
    for (Element block : main.getElementsByClass("see_through_block")) {
      if (Scan.firstWithClass(block, "name_block") != null
          && Scan.firstWithClass(block, "rating_block") != null) {
        return block;
      }
    }
    return null;
  }

  static int count(Element main) {
    int n = 0;
    for (Element block : main.getElementsByClass("see_through_block")) {
      if (Scan.firstWithClass(block, "name_block") != null) {
        n++;
      }
    }
    return n;
  }

  static UserBlock read(Element main, String kind) {
    Element block = find(main);
    if (block == null) {
      throw Pages.unreadable(kind, "it has no player block");
    }
    String name = Texts.trimAscii(Scan.firstWithClass(block, "name_block").text());
    String ratingText = Texts.trimAscii(Scan.firstWithClass(block, "rating_block").text());
    if (name.isEmpty() || !RATING.matcher(ratingText).matches()) {
      throw Pages.unreadable(kind, "the player block has no name or no rating");
    }
    String frame = "";
    String icon = "";
    String course = "";
    String classRank = "";
    int stars = -1;
    for (Element img : block.getElementsByTag("img")) {
      String imgName = Icons.name(img);
      String folder = Icons.folder(img);
      if (imgName.startsWith("rating_base_")) {
        frame = imgName;
      } else if (folder.equals("Icon")) {
        icon = imgName;
      } else if (folder.equals("course")) {
        course = imgName;
      } else if (folder.equals("class")) {
        classRank = imgName;
      } else if (imgName.equals("icon_star")) {
        Matcher m = STARS.matcher(img.parent().text());
        stars = m.find() ? Texts.number(m.group(1)) : -1;
      }
    }
    if (stars < 0) {
      throw Pages.unreadable(kind, "the player block shows no star count");
    }
    Element trophyBlock = Scan.firstWithClass(block, "trophy_block");
    String trophy = "";
    String trophyKind = "";
    if (trophyBlock != null) {
      Element inner = Scan.firstWithClass(trophyBlock, "trophy_inner_block");
      trophy = inner == null ? "" : Texts.trimAscii(inner.text());
      for (String cls : trophyBlock.classNames()) {
        if (cls.startsWith("trophy_") && !cls.equals("trophy_block")) {
          trophyKind = cls.substring("trophy_".length());
        }
      }
    }
    return new UserBlock(
        name,
        Integer.parseInt(ratingText),
        frame,
        stars,
        trophy,
        trophyKind,
        icon,
        course,
        classRank);
  }
}
