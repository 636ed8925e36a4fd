package dev.probe.scraper;

import dev.probe.core.domain.Achievement;
import dev.probe.core.domain.CoPlayer;
import dev.probe.core.domain.Count;
import dev.probe.core.domain.Difficulty;
import dev.probe.core.domain.JudgementTable;
import dev.probe.core.domain.PartnerCharacter;
import dev.probe.core.domain.PlayDetail;
import dev.probe.core.domain.Region;
import dev.probe.core.domain.VsOpponent;
import dev.probe.core.domain.page.PlayDetailPage;
import dev.probe.core.domain.page.RecordEntry;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * {@code /record/playlogDetail/} (§8): the play as on the record list, then venue, partners,
 * FAST/LATE, the judgement table, rating change, max combo/sync, life, co-players and opponent. The
 * page does not link to itself, so the play's exact second comes from the address's {@code idx}; a
 * saved file without it falls back to the shown minute.
 */
final class PlayDetailParser {

  static final String KIND = "play detail page";

  private PlayDetailParser() {}

  static PlayDetailPage parse(PageCensus census, Region region, URI url) {
    Element main = census.main;
    List<Element> tops = census.tops;
    if (tops.size() != 1) {
      throw Pages.unreadable(KIND, "it shows " + tops.size() + " plays instead of one");
    }
    RecordEntry play = new RecordEntryReader(KIND, region).read(tops.get(0), idx(url), 1);
    Element gray = null;
    for (Element e : main.getElementsByClass("gray_block")) {
      if (e.nameIs("div")) {
        gray = e;
        break;
      }
    }
    if (gray == null) {
      throw Pages.unreadable(KIND, "it has no detail block");
    }
    JudgementTable judgements = JudgementTableReader.read(gray);
    if (!play.chart().isUtage() && play.result().dxScore().max() != 3 * judgements.totalNotes()) {
      throw Pages.unreadable(KIND, "its judgement table does not add up to the DX score maximum");
    }
    DetailBlocks blocks = DetailBlocks.read(gray);
    Element place = main.selectFirst("#placeName span");
    PlayDetail detail =
        new PlayDetail(
            place == null ? "" : Texts.trimAscii(place.text()),
            partners(gray),
            blocks.fast(),
            blocks.late(),
            judgements,
            blocks.maxCombo(),
            blocks.maxSync(),
            blocks.ratingAfter(),
            blocks.ratingChange(),
            coPlayers(main),
            opponent(main, play),
            blocks.life());
    return new PlayDetailPage(region, play, detail);
  }

  /** The {@code idx} of the page's own address ({@code ?idx=33,1759467960}); null without one. */
  static String idx(URI url) {
    String query = url.getRawQuery();
    if (query == null) {
      return null;
    }
    for (String part : query.split("&")) {
      if (part.startsWith("idx=")) {
        return java.net.URLDecoder.decode(
            part.substring(4), java.nio.charset.StandardCharsets.UTF_8);
      }
    }
    return null;
  }

  private static List<PartnerCharacter> partners(Element gray) {
    List<PartnerCharacter> partners = new ArrayList<>();
    for (Element chara : gray.getElementsByClass("playlog_chara_container")) {
      Element img = Scan.firstWithClass(chara, "chara_cycle_img");
      if (img == null) {
        continue; // an empty slot
      }
      String image = Icons.name(img);
      Element lv = Scan.firstWithClass(chara, "playlog_chara_lv_block");
      Element awakening = Scan.firstWithClass(chara, "collection_chara_awakening_block_txt");
      int level = lv == null ? 0 : Texts.firstNumber(lv.text());
      int stars = awakening != null ? Texts.firstNumber(awakening.text()) : starsText(chara);
      if (image.isEmpty() || level < 0 || stars < 0) {
        throw Pages.unreadable(KIND, "a partner character has no image, level or stars");
      }
      partners.add(new PartnerCharacter(image, level, stars));
    }
    return partners;
  }

  /** Older markup writes the stars as "×N" text. */
  private static int starsText(Element chara) {
    String text = chara.text();
    int x = text.indexOf('×');
    return x < 0 ? 0 : Texts.firstNumber(text.substring(x + 1));
  }

  private static List<CoPlayer> coPlayers(Element main) {
    Element matching = main.getElementById("matching");
    List<CoPlayer> players = new ArrayList<>();
    if (matching == null) {
      return players;
    }
    for (Element span : matching.getElementsByTag("span")) {
      Difficulty difficulty = null;
      for (Element img : span.getElementsByTag("img")) {
        String name = Icons.name(img);
        if (name.startsWith("diff_")) {
          difficulty = Difficulty.ofNetName(name.substring(5)).orElse(null);
        }
      }
      Element nameDiv = Scan.firstTag(span, "div");
      String name = nameDiv == null ? "" : Texts.trimAscii(nameDiv.text());
      if (span.hasClass("gray_block") || name.equals("―")) {
        continue; // an empty slot
      }
      if (difficulty == null || name.isEmpty()) {
        throw Pages.unreadable(KIND, "a co-player has no name or no difficulty");
      }
      players.add(new CoPlayer(name, difficulty));
    }
    return players;
  }

  private static VsOpponent opponent(Element main, RecordEntry play) {
    if (play.vsKind().isEmpty()) {
      return null;
    }
    Element vs = main.getElementById("vsUser");
    if (vs == null) {
      throw Pages.unreadable(KIND, "a battle play shows no opponent");
    }
    Element span = Scan.firstTag(vs, "span");
    int achievement = span == null ? -1 : Texts.achievement(span.text());
    String name = Texts.ownText(vs);
    if (name.isEmpty() || achievement > Achievement.MAX_NORMAL) {
      throw Pages.unreadable(KIND, "the opponent has no name or a bad achievement");
    }
    return new VsOpponent(
        play.vsKind(), play.vsWon(), name, achievement < 0 ? null : new Achievement(achievement));
  }

  /** Holder for the small blocks of {@code div.gray_block}, identified by their icons. */
  private record DetailBlocks(
      int fast,
      int late,
      Count maxCombo,
      Count maxSync,
      int ratingAfter,
      int ratingChange,
      Count life) {

    static DetailBlocks read(Element gray) {
      int[] fl = DetailCounters.fastLate(gray);
      int[] rating = DetailCounters.rating(gray);
      Count maxCombo = DetailCounters.scoreBlock(gray, "maxcombo");
      if (maxCombo == null) {
        throw Pages.unreadable(KIND, "it shows no max combo");
      }
      return new DetailBlocks(
          fl[0],
          fl[1],
          maxCombo,
          DetailCounters.scoreBlock(gray, "maxsync"),
          rating[0],
          rating[1],
          DetailCounters.life(gray));
    }
  }
}
