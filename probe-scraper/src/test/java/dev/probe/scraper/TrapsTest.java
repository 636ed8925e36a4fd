package dev.probe.scraper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.probe.core.domain.ProbeException;
import dev.probe.core.domain.page.NetPage;
import dev.probe.core.domain.page.RecordEntry;
import dev.probe.core.domain.page.RecordPage;
import dev.probe.core.domain.page.ScoreListPage;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * The traps of MAIMAI-NET-PAGES §17 that other tests do not already pin down. Pages are the real CN
 * record list, changed as each test says, and SYNTHETIC pages where named.
 */
class TrapsTest {

  private final NetPageParser parser = new NetPageParser();
  private final String record = Fixtures.text("fixtures/cn/record.html");
  private final RecordPage original = (RecordPage) parse(record);

  private NetPage parse(String html) {
    return parser.parse(Fixtures.page("file:///page.html", html));
  }

  @Test
  void oldPagesWhoseIdxHasNoTimestampUseTheShownMinute() {
    RecordPage old = (RecordPage) parse(record.replaceAll("value=\"(\\d+),\\d+\"", "value=\"$1\""));
    assertThat(old.plays()).hasSize(50);
    for (int i = 0; i < 50; i++) {
      RecordEntry e = old.plays().get(i);
      assertThat(e.exactTime()).isFalse();
      assertThat(e.detailIdx()).isEqualTo(original.plays().get(i).detailIdx().split(",")[0]);
      assertThat(e.playedAt()).isEqualTo(e.shownAt().toInstant(java.time.ZoneOffset.ofHours(8)));
      assertThat(e.chart()).isEqualTo(original.plays().get(i).chart());
    }
  }

  @Test
  void aPageMixingIdxWithAndWithoutTimestampIsRejected() {
    String mixed = record.replace("value=\"33,1759467960\"", "value=\"33\"");
    assertThatThrownBy(() -> parse(mixed)).hasMessageContaining("carry a time and others do not");
  }

  @Test
  void iconsWithoutVerReadTheSame() {
    assertThat(parse(record.replaceAll("\\?ver=1\\.50", ""))).isEqualTo(original);
    assertThat(parse(record.replace("?ver=1.50", "?ver=1.65"))).isEqualTo(original);
  }

  @Test
  void prettifiedAndCompactMarkupReadTheSame() {
    String pretty = Jsoup.parse(record).outerHtml();
    assertThat(pretty).isNotEqualTo(record);
    assertThat(parse(pretty)).isEqualTo(original);
    String compact = record.replaceAll(">\\s+<", "><");
    assertThat(parse(compact)).isEqualTo(original);
    String fragment = Fixtures.text("fixtures/intl-fragments/record-entry-utage-buddy.html");
    NetPage prettified = parse(SyntheticShell.page("en", "Record", "title_playlog", fragment));
    NetPage compacted =
        parse(
            SyntheticShell.page(
                "en", "Record", "title_playlog", fragment.replaceAll(">\\s+<", "><")));
    assertThat(compacted).isEqualTo(prettified);
  }

  @Test
  void firstAndSecondPlaceIcons() {
    assertThat(original.plays().get(0).place()).isEqualTo(2);
    assertThat(original.plays().get(2).place()).isEqualTo(1);
  }

  @Test
  void aDashPercentAchievementIsNotZero() {
    String page = Fixtures.text("synthetic/music-level-intl.html").replace("0.0000%", "― %");
    assertThatThrownBy(() -> parse(page))
        .isInstanceOfSatisfying(
            ProbeException.class,
            e -> assertThat(e.kind()).isEqualTo(ProbeException.Kind.UNRECOGNISED_PAGE));
  }

  @Test
  void zeroPercentIsAPlayedChart() {
    ScoreListPage page = (ScoreListPage) parse(Fixtures.text("synthetic/music-level-intl.html"));
    assertThat(page.entries().get(2).played()).isTrue();
    assertThat(page.entries().get(2).result().achievement().value()).isZero();
    assertThat(page.entries().get(1).played()).isFalse();
  }

  @Test
  void aTitleOfOneIdeographicSpaceIsKeptAndOthersAreNotStrippedOfIt() {
    String page = record.replace(">Λzure Vixen</div>", ">\u3000Λzure\u3000Vixen\u3000 </div>");
    RecordPage read = (RecordPage) parse(page);
    assertThat(read.plays().get(1).chart().title()).isEqualTo("\u3000Λzure\u3000Vixen\u3000");
  }

  @Test
  void aRankThatContradictsTheAchievementFailsThePage() {
    String page = record.replaceFirst("playlog/splus.png", "playlog/sss.png");
    assertThatThrownBy(() -> parse(page)).hasMessageContaining("rank icon does not match");
  }

  @Test
  void oneBrokenPlayFailsTheWholePageInsteadOfDisappearing() {
    String page =
        record.replaceFirst(
            "<span class=\"v_b\">2025/10/03 13:06</span>", "<span class=\"v_b\"></span>");
    assertThatThrownBy(() -> parse(page))
        .isInstanceOfSatisfying(
            ProbeException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(ProbeException.Kind.UNRECOGNISED_PAGE);
              assertThat(e.getMessage()).contains("play 1 has no play time");
            });
    String noChart =
        record.replaceFirst("img/music_dx.png\" class=\"playlog_music_kind_icon\"", "img/x.png\"");
    assertThatThrownBy(() -> parse(noChart)).hasMessageContaining("play 1 has no chart type");
  }

  @Test
  void otherEncodingsAreRejectedNotMisread() {
    for (String charset : new String[] {"GBK", "Shift_JIS", "UTF-16LE", "ISO-8859-1"}) {
      byte[] body = record.getBytes(java.nio.charset.Charset.forName(charset));
      assertThatThrownBy(
              () ->
                  parser.parse(
                      new dev.probe.core.domain.RawPage(
                          java.net.URI.create("file:///p"), Fixtures.FETCHED, body)))
          .as(charset)
          .isInstanceOfSatisfying(
              ProbeException.class,
              e -> assertThat(e.kind()).isEqualTo(ProbeException.Kind.UNRECOGNISED_PAGE));
    }
    String mojibake =
        new String(
            record.getBytes(java.nio.charset.StandardCharsets.UTF_8),
            java.nio.charset.Charset.forName("windows-1252"));
    assertThatThrownBy(() -> parse(mojibake)).isInstanceOf(ProbeException.class);
  }
}
