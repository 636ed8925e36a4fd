package dev.probe.scraper;

import static org.assertj.core.api.Assertions.assertThat;

import dev.probe.core.domain.Count;
import dev.probe.core.domain.Region;
import dev.probe.core.domain.page.PlayerDataPage;
import dev.probe.core.domain.page.RatingTargetPage;
import dev.probe.core.domain.page.RecordPage;
import dev.probe.core.domain.page.ScoreListPage;
import dev.probe.core.domain.page.UserBlock;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The real intl/JP fragments ({@code fixtures/intl-fragments}, prettified by their author), each
 * placed in a SYNTHETIC page shell ({@link SyntheticShell}) because a fragment alone is not a page.
 */
class IntlFragmentsTest {

  private final NetPageParser parser = new NetPageParser();

  private static String fragment(String name) {
    return Fixtures.text("fixtures/intl-fragments/" + name);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "record-entry-scopix-remaster.html;en;INTL;2|2025-12-14T18:03|37,1765703038|Xaleid◆scopiX|REMASTER|DX|15||7bf12d9c7382a32c|90.5223|AA|4461/6666|NONE|SYNC|0|2|false|false",
        "record-entry-scopix-expert.html;en;INTL;3|2026-01-09T18:21|16,1767950511|Xaleid◆scopiX|EXPERT|DX|13+||7bf12d9c7382a32c|99.9262|SS+|3447/4071|FC|SYNC|0|1|false|false",
        "record-entry-zitronectar.html;en;INTL;3|2025-12-27T15:39|45,1766817583|Zitronectar|MASTER|DX|14||2b7c6e8b13676f2e|99.4183|SS|1924/2226|NONE|NONE|1|0|false|false",
        "record-entry-utage-buddy.html;en;INTL;3|2026-01-17T13:57|41,1768625843|[騒]ありきたりな恋の歌|UTAGE|DX|13+?|Buddy|d089a333ff0c746d|197.7592|S+|4263/4776|NONE|SYNC|1|1|true|true",
        "record-entry-utage-jp.html;ja;JP;2|2025-05-18T21:20|3,1747570830|[回]ハム太郎とっとこうた|UTAGE|DX|13?|回|1b3fd58d6ebade7c|97.3126|S|1637/2022|NONE|NONE|0|0|true|true",
      })
  void recordEntries(String file, String lang, Region region, String expected) {
    RecordPage page =
        (RecordPage)
            parser.parse(
                Fixtures.page(
                    "file:///" + file,
                    Fixtures.inShell(lang, "Record", "title_playlog", fragment(file))));
    assertThat(page.region()).isEqualTo(region);
    assertThat(page.plays()).hasSize(1);
    assertThat(Describe.play(page.plays().get(0))).isEqualTo(expected);
    long epoch = Long.parseLong(page.plays().get(0).detailIdx().split(",")[1]);
    assertThat(page.plays().get(0).playedAt()).isEqualTo(Instant.ofEpochSecond(epoch));
    assertThat(page.plays().get(0).shownAt())
        .isEqualTo(java.time.LocalDateTime.ofEpochSecond(epoch, 0, region.zone()).withSecond(0));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "score-entry-adv-sirius.html;シリウスの輝きのように|ADVANCED|DX|7+||POPS＆ANIME|101.0000|SSS+|797/858|APP|FDX",
        "score-entry-basic-idsmile.html;アイディスマイル|BASIC|DX|3||POPS＆ANIME|unplayed",
        "score-entry-bibideba.html;ビビデバ|MASTER|DX|11+||POPS＆ANIME|unplayed",
        "score-entry-donki.html;ミラクル・ショッピング|MASTER|STD|12+||POPS＆ANIME|100.2622|SSS|1733/1923|FC|SYNC",
        "score-entry-ellenjoe.html;モエチャッカファイア|MASTER|DX|13+||POPS＆ANIME|100.2445|SSS|2639/2952|NONE|SYNC",
        "score-entry-empty-title.html;\u3000|BASIC|DX|3||POPS＆ANIME|unplayed",
        "score-entry-expert-yuusha.html;勇者|EXPERT|DX|9+||POPS＆ANIME|100.5940|SSS+|718/813|FCP|FDX",
        "score-entry-remas-sirius.html;シリウスの輝きのように|REMASTER|DX|14||POPS＆ANIME|98.5801|S+|2036/2445|NONE|SYNC",
        "score-entry-yamero.html;INTERNET YAMERO|MASTER|DX|11+||POPS＆ANIME|100.5110|SSS+|2045/2241|FC|NONE",
      })
  void scoreEntriesLayoutA(String file, String expected) {
    String body = "<div class=\"screw_block m_15 f_15 p_s\">POPS＆ANIME</div>\n" + fragment(file);
    ScoreListPage page =
        (ScoreListPage)
            parser.parse(
                Fixtures.page(
                    "https://maimaidx-eng.com/maimai-mobile/record/musicGenre/search/?genre=99&diff=3",
                    Fixtures.inShell("en", "Song Scores", "title_music", body)));
    assertThat(page.region()).isEqualTo(Region.INTL);
    assertThat(page.source()).isEqualTo("musicGenre");
    assertThat(page.entries()).hasSize(1);
    assertThat(Describe.score(page.entries().get(0))).isEqualTo(expected);
    assertThat(page.entries().get(0).detailIdx()).isEqualTo("REDACTED");
  }

  @Test
  void ratingTargetEntriesLayoutB() {
    String body =
        UserBlocks.intl()
            + "<div class=\"screw_block m_15 f_15 p_s\">Songs for Rating(New)</div>\n"
            + fragment("rating-target-entry-scopix.html")
            + "<div class=\"screw_block m_15 f_15 p_s\">Songs for Rating(Others)</div>\n"
            + fragment("rating-target-entry-refrain.html")
            + "<div class=\"screw_block m_15 f_15 p_s\">Songs for Rating Selection(New)</div>\n"
            + "<div class=\"screw_block m_15 f_15 p_s\">Songs for Rating Selection(Others)</div>\n";
    RatingTargetPage page =
        (RatingTargetPage)
            parser.parse(
                Fixtures.page(
                    "file:///rating.html",
                    Fixtures.inShell("en", "Music for DX RATING", "", body)));
    assertThat(page.sections()).hasSize(4);
    assertThat(page.sections().get(0).name()).isEqualTo("Songs for Rating(New)");
    assertThat(Describe.score(page.sections().get(0).entries().get(0)))
        .isEqualTo("Xaleid◆scopiX|EXPERT|DX|13+|||100.0106|SSS|0/0|NONE|NONE");
    assertThat(Describe.score(page.sections().get(1).entries().get(0)))
        .isEqualTo("Ref:rain (for 7th Heaven)|MASTER|DX|14|||100.2307|SSS|0/0|NONE|NONE");
    assertThat(page.sections().get(2).entries()).isEmpty();
    assertThat(page.player().rating()).isEqualTo(14291);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "player-data-amakami.html;INTL;AmakamiSamaLover|14291|rating_base_gold|69420|アマカミサマ|Gold|4f2837bbf424a86c|course_rank_06q7xiUXeF|class_rank_s_01VFe8gl5z;67;6967;171/5562;449/5562",
        "player-data-shikanoko-jp-edited.html;JP;Ｌｅｏψｒθφ|13062|rating_base_silver|30|しかのこのこのここしたんたんしかのこのこのここしたんたんしかのこのこのここしたんたんしかのこのこのここしたんたんしかのこのこのここしたんたんしかのこのこのここしたんたんしかのこのこのここしたんたんしかのこのこのここしたんたん|Normal|ab9873ac3e18f505|course_rank_00T7GHJvGe|class_rank_s_00ZqZmdpb8;1;32;-;-",
      })
  void playerData(
      String file,
      Region region,
      String player,
      int version,
      int total,
      String sssp,
      String star1) {
    PlayerDataPage page =
        (PlayerDataPage)
            parser.parse(
                Fixtures.page(
                    "file:///" + file,
                    Fixtures.inShell(
                        region == Region.JP ? "ja" : "en", "Player Data", "", fragment(file))));
    assertThat(page.region()).isEqualTo(region);
    assertThat(user(page.player())).isEqualTo(player);
    assertThat(page.playCountVersion()).isEqualTo(version);
    assertThat(page.playCountTotal()).isEqualTo(total);
    assertThat(page.counters()).hasSize(21);
    if (!sssp.equals("-")) {
      assertThat(page.counters().get("sssp")).isEqualTo(count(sssp));
      assertThat(page.counters().get("dxstar_1")).isEqualTo(count(star1));
      assertThat(page.counters().get("clear")).isEqualTo(new Count(759, 5562));
    }
  }

  @ParameterizedTest
  @CsvSource({
    "player-data-leomotors.html,14911",
    "player-data-rate16.html,16969",
    "player-data-silver.html,13849"
  })
  void otherPlayerDataRatings(String file, int rating) {
    PlayerDataPage page =
        (PlayerDataPage)
            parser.parse(
                Fixtures.page(
                    "file:///" + file, Fixtures.inShell("en", "Player Data", "", fragment(file))));
    assertThat(page.player().rating()).isEqualTo(rating);
    assertThat(page.counters()).hasSize(21);
    assertThat(page.playCountTotal()).isGreaterThanOrEqualTo(page.playCountVersion());
  }

  private static Count count(String s) {
    String[] p = s.split("/");
    return new Count(Integer.parseInt(p[0]), Integer.parseInt(p[1]));
  }

  static String user(UserBlock u) {
    return String.join(
        "|",
        u.name(),
        String.valueOf(u.rating()),
        u.ratingFrame(),
        String.valueOf(u.stars()),
        u.trophy(),
        u.trophyKind(),
        u.icon(),
        u.courseRank(),
        u.classRank());
  }
}
