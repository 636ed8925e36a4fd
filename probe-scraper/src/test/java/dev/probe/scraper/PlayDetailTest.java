package dev.probe.scraper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.probe.core.domain.Achievement;
import dev.probe.core.domain.CoPlayer;
import dev.probe.core.domain.Count;
import dev.probe.core.domain.Difficulty;
import dev.probe.core.domain.JudgementRow;
import dev.probe.core.domain.NoteType;
import dev.probe.core.domain.PartnerCharacter;
import dev.probe.core.domain.ProbeException;
import dev.probe.core.domain.RawPage;
import dev.probe.core.domain.Region;
import dev.probe.core.domain.VsOpponent;
import dev.probe.core.domain.page.PlayDetailPage;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Play detail pages. All pages here are SYNTHETIC (no saved page exists): {@code
 * synthetic/playlog-detail-*}.
 */
class PlayDetailTest {

  private final NetPageParser parser = new NetPageParser();

  private PlayDetailPage parse(String file, String url) {
    return (PlayDetailPage)
        parser.parse(
            new RawPage(
                java.net.URI.create(url), Fixtures.FETCHED, Fixtures.bytes("synthetic/" + file)));
  }

  @Test
  void soloDxPlayWithAllFiveNoteTypes() {
    PlayDetailPage page =
        parse(
            "playlog-detail-solo-dx-intl.html",
            "https://maimaidx-eng.com/maimai-mobile/record/playlogDetail/?idx=14%2C1769098716");
    assertThat(page.region()).isEqualTo(Region.INTL);
    assertThat(Describe.play(page.play()))
        .isEqualTo(
            "1|2026-01-23T01:18|14,1769098716|Synthetic Song|MASTER|DX|13+||00112233aabbccdd|99.1234|SS|1900/2082|NONE|NONE|2|0|true|false");
    assertThat(page.play().playedAt()).isEqualTo(Instant.ofEpochSecond(1769098716));
    var d = page.detail();
    assertThat(d.venue()).isEqualTo("SYNTHETIC ARCADE 2F");
    assertThat(d.partners())
        .containsExactly(
            new PartnerCharacter("aa11bb22cc33dd44", 123, 5),
            new PartnerCharacter("ee55ff66aa77bb88", 45, 3));
    assertThat(d.fast()).isEqualTo(25);
    assertThat(d.late()).isEqualTo(12);
    assertThat(d.judgements().row(NoteType.TAP)).isEqualTo(new JudgementRow(400, 60, 10, 2, 1));
    assertThat(d.judgements().row(NoteType.TOUCH)).isEqualTo(new JudgementRow(30, 5, 1, 0, 0));
    assertThat(d.judgements().row(NoteType.BREAK)).isEqualTo(new JudgementRow(20, 5, 2, 1, 0));
    assertThat(d.judgements().totalNotes() * 3).isEqualTo(2082);
    assertThat(d.maxCombo()).isEqualTo(new Count(300, 694));
    assertThat(d.maxSync()).isNull();
    assertThat(d.ratingAfter()).isEqualTo(14291);
    assertThat(d.ratingChange()).isEqualTo(12);
    assertThat(d.coPlayers()).isEmpty();
    assertThat(d.opponent()).isNull();
    assertThat(d.life()).isNull();
  }

  @Test
  void stdPlayHasAnEmptyTouchRowAndAnEmptyHoldCriticalCell() {
    PlayDetailPage page =
        parse(
            "playlog-detail-std-cn.html",
            "https://maimai.wahlap.com/maimai-mobile/record/playlogDetail/?idx=33,1759467960");
    assertThat(page.region()).isEqualTo(Region.CN);
    assertThat(Describe.play(page.play()))
        .isEqualTo(
            "4|2025-10-03T13:06|33,1759467960|合成の歌|EXPERT|STD|||ffeeddccbbaa9988|100.1234|SSS|1250/1335|FCP|NONE|3|0|false|false");
    var d = page.detail();
    assertThat(d.judgements().row(NoteType.TOUCH)).isEqualTo(JudgementRow.EMPTY);
    assertThat(d.judgements().row(NoteType.HOLD)).isEqualTo(new JudgementRow(null, 40, 2, 0, 0));
    assertThat(d.ratingChange()).isZero();
    assertThat(d.ratingAfter()).isEqualTo(9459);
    assertThat(d.venue()).isEqualTo("合成游戏中心");
  }

  @Test
  void multiplayerPlayWithTwoPartnersAndMaxSync() {
    PlayDetailPage page =
        parse(
            "playlog-detail-multi-intl.html",
            "https://maimaidx-eng.com/maimai-mobile/record/playlogDetail/?idx=15%2C1769098935");
    assertThat(page.play().place()).isEqualTo(1);
    assertThat(page.play().result().sync().name()).isEqualTo("FS");
    assertThat(page.play().playedAt()).isEqualTo(Instant.ofEpochSecond(1769098935));
    var d = page.detail();
    assertThat(d.coPlayers())
        .containsExactly(
            new CoPlayer("ＰＡＲＴＮＥＲ１", Difficulty.EXPERT),
            new CoPlayer("partner2", Difficulty.MASTER));
    assertThat(d.maxSync()).isEqualTo(new Count(1388, 1425));
    assertThat(d.ratingChange()).isEqualTo(-3);
    assertThat(d.partners()).isEmpty();
  }

  @Test
  void vsPlayNamesTheOpponentAndHasNoVenue() {
    PlayDetailPage page =
        parse(
            "playlog-detail-vs-jp.html",
            "https://maimaidx.jp/maimai-mobile/record/playlogDetail/?idx=2,1769943610");
    assertThat(page.region()).isEqualTo(Region.JP);
    assertThat(page.play().vsKind()).isEqualTo("vs");
    assertThat(page.play().vsWon()).isTrue();
    assertThat(page.detail().opponent())
        .isEqualTo(new VsOpponent("vs", true, "ライバル", Achievement.ofPercent(100, 1000)));
    assertThat(page.detail().venue()).isEmpty();
    assertThat(page.play().result().combo().name()).isEqualTo("AP");
  }

  @Test
  void utagePlayWithLife() {
    PlayDetailPage page =
        parse(
            "playlog-detail-utage-intl.html",
            "https://maimaidx-eng.com/maimai-mobile/record/playlogDetail/?idx=20,1768626310");
    assertThat(Describe.chart(page.play().chart())).isEqualTo("[宴]Synthetic Party|UTAGE|DX|12?|宴");
    assertThat(page.detail().life()).isEqualTo(new Count(3, 5));
    assertThat(page.detail().ratingChange()).isZero();
  }

  @Test
  void missingVenueIsEmptyNotAnError() {
    String html =
        Fixtures.text("synthetic/playlog-detail-solo-dx-intl.html")
            .replace(
                "<div id=\"placeName\" class=\"p_5 f_12\"><span>SYNTHETIC ARCADE 2F</span></div>",
                "");
    PlayDetailPage page =
        (PlayDetailPage)
            parser.parse(
                Fixtures.page(
                    "https://maimaidx-eng.com/maimai-mobile/record/playlogDetail/?idx=14,1769098716",
                    html));
    assertThat(page.detail().venue()).isEmpty();
  }

  @Test
  void savedFileWithoutAnAddressFallsBackToTheShownMinute() {
    PlayDetailPage page = parse("playlog-detail-solo-dx-intl.html", "file:///saved/detail.html");
    assertThat(page.play().exactTime()).isFalse();
    assertThat(page.play().playedAt()).isEqualTo(Instant.parse("2026-01-22T16:18:00Z"));
  }

  @Test
  void anIdxFromAnotherMinuteIsRejected() {
    assertThatThrownBy(
            () ->
                parse(
                    "playlog-detail-solo-dx-intl.html",
                    "https://maimaidx-eng.com/maimai-mobile/record/playlogDetail/?idx=14,1769098600"))
        .isInstanceOfSatisfying(
            ProbeException.class,
            e -> assertThat(e.kind()).isEqualTo(ProbeException.Kind.UNRECOGNISED_PAGE));
  }

  @Test
  void judgementsThatDoNotAddUpToTheDxMaximumAreRejected() {
    String html =
        Fixtures.text("synthetic/playlog-detail-solo-dx-intl.html")
            .replace("<td>400</td>", "<td>401</td>");
    assertThatThrownBy(() -> parser.parse(Fixtures.page("file:///x.html", html)))
        .isInstanceOf(ProbeException.class)
        .hasMessageContaining("judgement table");
  }

  static List<String> files() {
    return List.of(
        "playlog-detail-solo-dx-intl.html",
        "playlog-detail-std-cn.html",
        "playlog-detail-multi-intl.html",
        "playlog-detail-vs-jp.html",
        "playlog-detail-utage-intl.html");
  }
}
