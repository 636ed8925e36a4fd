package dev.probe.scraper;

import dev.probe.core.domain.ChartRef;
import dev.probe.core.domain.ChartType;
import dev.probe.core.domain.Difficulty;
import dev.probe.core.domain.Region;
import dev.probe.core.domain.page.PhotoAlbumPage;
import dev.probe.core.domain.page.PhotoEntry;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * {@code /playerData/photo/} (§13): the newest photos, each with date, chart and image address (the
 * image has no file extension on intl, so it is read by its {@code /photo/} path, not as an icon).
 */
final class PhotoAlbumParser {

  static final String KIND = "photo album";

  private PhotoAlbumParser() {}

  static boolean isPhoto(Element img) {
    return img.attr("src").contains("/img/photo/");
  }

  static PhotoAlbumPage parse(Element main, Region region) {
    List<PhotoEntry> photos = new ArrayList<>();
    for (Element info : main.getElementsByClass("block_info")) {
      photos.add(photo(info.parent(), region, photos.size() + 1));
    }
    int images = 0;
    for (Element img : main.getElementsByTag("img")) {
      images += isPhoto(img) ? 1 : 0;
    }
    if (images != photos.size()) {
      throw Pages.unreadable(KIND, "some photos have no date or some dates have no photo");
    }
    return new PhotoAlbumPage(region, photos);
  }

  private static PhotoEntry photo(Element back, Region region, int number) {
    String where = "photo " + number;
    Difficulty difficulty = ScoreEntryReader.difficultyOf(back);
    Element date = Scan.firstWithClass(back, "block_info");
    Element title = Scan.firstWithClass(back, "black_block");
    Element kindImg = Scan.firstWithClass(back, "music_kind_icon");
    LocalDateTime taken = date == null ? null : Texts.minute(date.text());
    String titleText = title == null ? "" : Texts.ownText(title);
    if (difficulty == null || taken == null || titleText.isEmpty() || kindImg == null) {
      throw Pages.unreadable(KIND, where + " has no difficulty, date, title or chart type");
    }
    String diffIcon = "";
    String image = "";
    for (Element img : back.getElementsByTag("img")) {
      String name = Icons.name(img);
      if (name.startsWith("diff_")) {
        diffIcon = name;
      } else if (isPhoto(img)) {
        image = img.absUrl("src");
      }
    }
    if (!diffIcon.equals("diff_" + difficulty.netName()) || image.isEmpty()) {
      throw Pages.unreadable(KIND, where + " has no matching difficulty icon or no image");
    }
    String kindName = Icons.name(kindImg);
    ChartType type =
        kindName.equals("music_utage") || kindName.equals("music_utage_buddy")
            ? ChartType.DX
            : new PlaylogChartReader(KIND).chartType(kindName, where);
    return new PhotoEntry(
        taken.toInstant(region.zone()), ChartRef.of(titleText, type, difficulty, ""), image);
  }
}
