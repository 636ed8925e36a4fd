package dev.probe.scraper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.probe.core.domain.ChartIds;
import dev.probe.core.domain.ComboFlag;
import dev.probe.core.domain.Count;
import dev.probe.core.domain.Difficulty;
import dev.probe.core.domain.ProbeException;
import dev.probe.core.domain.ProbeException.Kind;
import dev.probe.core.domain.Region;
import dev.probe.core.domain.page.HomePage;
import dev.probe.core.domain.page.MusicDetailChart;
import dev.probe.core.domain.page.MusicDetailPage;
import dev.probe.core.domain.page.NetPage;
import dev.probe.core.domain.page.PhotoAlbumPage;
import dev.probe.core.domain.page.PlayerDataPage;
import dev.probe.core.domain.page.RatingTargetPage;
import dev.probe.core.domain.page.ScoreListPage;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/**
 * Page kinds with no saved example. Every page read here is SYNTHETIC, written from
 * MAIMAI-NET-PAGES.md ({@code src/test/resources/synthetic/}, each file says so at its top).
 */
class SyntheticPagesTest {

  private final NetPageParser parser = new NetPageParser();

  private NetPage parse(String file) {
    return parser.parse(Fixtures.page("synthetic/" + file));
  }

  private ProbeException failure(String file) {
    try {
      parse(file);
    } catch (ProbeException e) {
      return e;
    }
    throw new AssertionError(file + " was read as a page");
  }

  @Test
  void home() {
    HomePage page = (HomePage) parse("home-cn.html");
    assertThat(page.region()).isEqualTo(Region.CN);
    assertThat(IntlFragmentsTest.user(page.player()))
        .isEqualTo(
            "ＳＹＮＴＨ　ＰＬＡＹＥＲ|15123|rating_base_rainbow|1221|合成称号|Rainbow|4e6e74e816900636|course_rank_00T7GHJvGe|class_rank_s_00ZqZmdpb8");
  }

  @Test
  void fullPlayerDataWithChineseLabels() {
    PlayerDataPage page = (PlayerDataPage) parse("player-data-cn.html");
    assertThat(page.playCountVersion()).isEqualTo(123);
    assertThat(page.playCountTotal()).isEqualTo(1234);
    assertThat(page.counters()).hasSize(21);
    assertThat(page.counters().get("sssp")).isEqualTo(new Count(10, 5562));
    assertThat(page.counters().get("dxstar_5")).isEqualTo(new Count(0, 5562));
    assertThat(page.player().stars()).isEqualTo(1221);
  }

  @Test
  void layoutBMusicLevelList() {
    ScoreListPage page = (ScoreListPage) parse("music-level-intl.html");
    assertThat(page.source()).isEqualTo("musicLevel");
    assertThat(page.entries())
        .extracting(Describe::score)
        .containsExactly(
            "Synthetic Level Song|MASTER|DX|13||LEVEL 13|100.6868|SSS+|1796/2004|APP|FDXP",
            "Unplayed Standard|EXPERT|STD|13||LEVEL 13|unplayed",
            "Zero Is Played|MASTER|STD|13||LEVEL 13|0.0000|D|0/1500|NONE|NONE",
            "Remaster Synth|REMASTER|DX|13||LEVEL 13|99.8039|SS+|1275/1458|NONE|SYNC",
            "\u3000|ADVANCED|DX|13||LEVEL 13|97.0000|S|900/1050|FC|NONE");
    assertThat(page.entries()).allSatisfy(e -> assertThat(e.detailIdx()).startsWith("c3ludGgr"));
  }

  @Test
  void layoutBMusicVersionListKeepsDxAndStdApart() {
    ScoreListPage page = (ScoreListPage) parse("music-version-jp.html");
    assertThat(page.region()).isEqualTo(Region.JP);
    assertThat(page.source()).isEqualTo("musicVersion");
    assertThat(page.entries())
        .extracting(Describe::score)
        .containsExactly(
            "両方の譜面|EXPERT|DX|11+||maimaiでらっくす PRiSM PLUS|100.3000|SSS|1100/1200|FCP|FSP",
            "両方の譜面|EXPERT|STD|10||maimaiでらっくす PRiSM PLUS|101.0000|SSS+|1050/1050|APP|FDXP",
            "ひとつだけ|EXPERT|DX|12||maimaiでらっくす PRiSM PLUS|100.5000|SSS+|999/1110|AP|FS");
    assertThat(ChartIds.of(page.entries().get(0).chart()))
        .isNotEqualTo(ChartIds.of(page.entries().get(1).chart()));
  }

  @Test
  void utageList() {
    ScoreListPage page = (ScoreListPage) parse("music-genre-utage-intl.html");
    assertThat(page.entries())
        .extracting(Describe::score)
        .containsExactly(
            "[宴]Synthetic Party|UTAGE|DX|13?|宴|宴会場|95.0000|S|1500/1800|NONE|NONE",
            "[騒]ありきたりな恋の歌|UTAGE|DX|13+?|Buddy|宴会場|197.7592|S+|4263/4776|NONE|SYNC",
            "[協]Unplayed Together|UTAGE|DX|14?|協|宴会場|unplayed");
  }

  @Test
  void theTwoLinksAreToldApartByTheirGenreHeading() {
    ScoreListPage page = (ScoreListPage) parse("music-genre-all-cn.html");
    var links = page.entries().stream().filter(e -> e.chart().title().equals("Link")).toList();
    assertThat(links)
        .extracting(e -> e.chart().genre())
        .containsExactly("niconico＆VOCALOID™", "舞萌");
    assertThat(ChartIds.of(links.get(0).chart())).isNotEqualTo(ChartIds.of(links.get(1).chart()));
    assertThat(ChartIds.of(links.get(0).chart()).song().variant()).isEqualTo("niconico");
    assertThat(page.entries().get(0).chart().genre()).isEqualTo("流行&动漫");
  }

  @Test
  void musicDetail() {
    MusicDetailPage page = (MusicDetailPage) parse("music-detail-intl.html");
    assertThat(page.title()).isEqualTo("Detail Song");
    assertThat(page.artist()).isEmpty();
    assertThat(page.genre()).isEqualTo("POPS＆ANIME");
    assertThat(page.jacket()).isEqualTo("0123abcd4567ef89");
    assertThat(page.charts())
        .extracting(MusicDetailChart::difficulty)
        .containsExactly(
            Difficulty.BASIC, Difficulty.ADVANCED, Difficulty.EXPERT, Difficulty.MASTER);
    assertThat(page.charts().get(0).result()).isNull();
    assertThat(page.charts().get(0).playCount()).isZero();
    MusicDetailChart expert = page.charts().get(2);
    assertThat(Describe.result(expert.result())).isEqualTo("100.1000|SSS|1000/1080|FC|NONE");
    assertThat(expert.lastPlayed()).isEqualTo(LocalDateTime.parse("2026-01-03T19:15"));
    assertThat(expert.playCount()).isEqualTo(16);
    assertThat(Describe.result(page.charts().get(3).result()))
        .isEqualTo("98.5000|S+|1800/2100|NONE|SYNC");
  }

  @Test
  void ratingTargetWithFourSections() {
    RatingTargetPage page = (RatingTargetPage) parse("rating-target-cn.html");
    assertThat(page.sections())
        .extracting(s -> s.name() + ":" + s.entries().size())
        .containsExactly("新曲目:2", "旧曲目:1", "候选新曲目:1", "候选旧曲目:0");
    assertThat(Describe.score(page.sections().get(0).entries().get(0)))
        .isEqualTo("新曲A|MASTER|DX|13+|||100.5000|SSS+|0/0|NONE|NONE");
    assertThat(page.player().name()).isEqualTo("ＳＹＮＴＨ");
  }

  @Test
  void photoAlbum() {
    PhotoAlbumPage page = (PhotoAlbumPage) parse("photo-album-intl.html");
    assertThat(page.photos()).hasSize(3);
    assertThat(page.photos().get(0).takenAt()).isEqualTo(Instant.parse("2026-01-22T16:18:00Z"));
    assertThat(page.photos().get(0).chart().title()).isEqualTo("Synthetic Song");
    assertThat(page.photos().get(0).imageUrl())
        .isEqualTo(
            "https://maimaidx-eng.com/maimai-mobile/img/photo/user/0123456789abcdef0123456789abcdef");
    assertThat(page.photos().get(1).chart().title()).isEqualTo("\u3000");
    assertThat(page.photos().get(2).chart().difficulty()).isEqualTo(Difficulty.UTAGE);
  }

  @Test
  void errorPagesInEveryRegion() {
    ProbeException cn = failure("error-200002-cn.html");
    assertThat(cn.kind()).isEqualTo(Kind.SESSION_EXPIRED);
    assertThat(cn.netErrorCode()).isEqualTo("200002");
    assertThat(cn.getMessage()).contains("连接时间已过期。 请于稍后重新尝试。");
    ProbeException jp = failure("error-100001-jp.html");
    assertThat(jp.kind()).isEqualTo(Kind.SESSION_EXPIRED);
    assertThat(jp.netErrorCode()).isEqualTo("100001");
    ProbeException intl = failure("error-300001-intl.html");
    assertThat(intl.kind()).isEqualTo(Kind.NET_ERROR);
    assertThat(intl.netErrorCode()).isEqualTo("300001");
  }

  @Test
  void logoutLoginChallengeAndPagesProbeDoesNotRead() {
    assertThat(failure("logout-cn.html").kind()).isEqualTo(Kind.SESSION_EXPIRED);
    assertThat(failure("login-gateway-intl.html").kind()).isEqualTo(Kind.SESSION_EXPIRED);
    assertThat(failure("waf-challenge.html").kind()).isEqualTo(Kind.BLOCKED);
    ProbeException vs = failure("friend-vs-cn.html");
    assertThat(vs.kind()).isEqualTo(Kind.UNRECOGNISED_PAGE);
    assertThat(vs.getMessage()).contains("title_friend_vs");
  }

  @Test
  void emptyAndCutShortBodiesAreUnrecognised() {
    assertThatThrownBy(() -> parser.parse(Fixtures.page("file:///empty.html", "")))
        .isInstanceOfSatisfying(
            ProbeException.class, e -> assertThat(e.kind()).isEqualTo(Kind.UNRECOGNISED_PAGE));
    assertThatThrownBy(() -> parser.parse(Fixtures.page("file:///blank.html", " \r\n ")))
        .isInstanceOfSatisfying(
            ProbeException.class, e -> assertThat(e.kind()).isEqualTo(Kind.UNRECOGNISED_PAGE));
    String home = Fixtures.text("synthetic/home-cn.html");
    assertThatThrownBy(
            () ->
                parser.parse(
                    Fixtures.page("file:///cut.html", home.substring(0, home.length() - 20))))
        .isInstanceOf(ProbeException.class)
        .hasMessageContaining("cut short");
  }

  @Test
  void comboOfAnUtageBuddyMayExceedOneHundredAndOnePercent() {
    ScoreListPage page = (ScoreListPage) parse("music-genre-utage-intl.html");
    assertThat(page.entries().get(1).result().achievement().value()).isEqualTo(1_977_592);
    assertThat(page.entries().get(1).result().combo()).isEqualTo(ComboFlag.NONE);
  }
}
