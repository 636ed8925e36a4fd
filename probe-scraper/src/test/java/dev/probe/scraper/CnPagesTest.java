package dev.probe.scraper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.probe.core.domain.ProbeException;
import dev.probe.core.domain.Region;
import dev.probe.core.domain.page.FriendCodePage;
import dev.probe.core.domain.page.ScoreListPage;
import org.junit.jupiter.api.Test;

/** The real CN pages other than the record list ({@code fixtures/cn}). */
class CnPagesTest {

  private final NetPageParser parser = new NetPageParser();

  @Test
  void friendCodePageNamesThePlayer() {
    FriendCodePage page =
        (FriendCodePage) parser.parse(Fixtures.page("fixtures/cn/friend-code.html"));
    assertThat(page.region()).isEqualTo(Region.CN);
    assertThat(page.friendCode()).isEqualTo("386587586148257");
    assertThat(IntlFragmentsTest.user(page.player()))
        .isEqualTo(
            "Ｃｉａ～（・ω|9459|rating_base_red|5|だけど僕はmaimaiでらっくすを始めた|Normal|4e6e74e816900636|course_rank_00T7GHJvGe|class_rank_s_00ZqZmdpb8");
  }

  @Test
  void friendListIsAKnownPageProbeDoesNotRead() {
    assertThatThrownBy(() -> parser.parse(Fixtures.page("fixtures/cn/friend.html")))
        .isInstanceOfSatisfying(
            ProbeException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(ProbeException.Kind.UNRECOGNISED_PAGE);
              assertThat(e.getMessage()).contains("title_friend");
            });
  }

  @Test
  void trimmedExpertExcerptWithTheU3000Title() {
    ScoreListPage page =
        (ScoreListPage) parser.parse(Fixtures.page("fixtures/cn/music-genre-expert-excerpt.html"));
    assertThat(page.region()).isEqualTo(Region.CN);
    assertThat(page.entries())
        .extracting(Describe::score)
        .containsExactly(
            "\u3000|EXPERT|DX|10||流行&动漫|100.8750|SSS+|989/1071|AP|SYNC",
            "花となれ|EXPERT|DX|8+||niconico＆VOCALOID™|101.0000|SSS+|752/831|APP|SYNC",
            "ロストワンの号哭|EXPERT|STD|10+||niconico＆VOCALOID™|90.4090|AA|1079/1635|NONE|SYNC",
            "Cyaegha|EXPERT|DX|11||其他游戏|97.0887|S|1459/1764|NONE|NONE",
            "シックスプラン|EXPERT|DX|9||舞萌|99.9338|SS+|961/1125|FCP|FS",
            "maimaiちゃんのテーマ|EXPERT|STD|9||舞萌|98.1502|S+|557/729|FC|FSP",
            "STARTLINER|EXPERT|DX|9||音击/中二节奏|100.1990|SSS|979/1110|FCP|FDX",
            "Limits|EXPERT|DX|10||音击/中二节奏|99.3390|SS|1227/1428|NONE|SYNC");
    assertThat(page.entries()).allSatisfy(e -> assertThat(e.detailIdx()).isEmpty());
  }
}
