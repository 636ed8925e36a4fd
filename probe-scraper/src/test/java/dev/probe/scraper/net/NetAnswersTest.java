package dev.probe.scraper.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.probe.core.domain.ProbeException;
import dev.probe.core.domain.ProbeException.Kind;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NetAnswersTest {

  private static final URI BASE = URI.create("https://maimai.wahlap.com/maimai-mobile/");
  private static final URI FROM = BASE.resolve("record/");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/maimai-mobile/error/",
        "https://maimai.wahlap.com/maimai-mobile/logout/",
        "https://maimai.wahlap.com/maimai-mobile/",
        "https://lng-tgk-aime-gw.am-all.net/common_auth/login?site_id=maimaidxex",
        "https://tgk-wcaime.wahlap.com/wc_auth/oauth/authorize/maimai-dx",
        "http://maimai.wahlap.com/maimai-mobile/record/",
        "/somewhere/else/",
        ""
      })
  void redirectsAwayFromNetPagesMeanTheSessionIsGone(String location) {
    assertThatThrownBy(() -> NetAnswers.followableRedirect(BASE, FROM, location, "record/"))
        .extracting(e -> ((ProbeException) e).kind())
        .isEqualTo(Kind.SESSION_EXPIRED);
  }

  @Test
  void aRedirectToAnotherNetPageIsFollowed() {
    assertThat(NetAnswers.followableRedirect(BASE, FROM, "../home/", "record/"))
        .isEqualTo(BASE.resolve("home/"));
  }

  @Test
  void emptyAndForeignPagesAreBlocked() {
    for (String body : new String[] {"", "  \n", "<html><script>EO_Bot</script></html>"}) {
      assertThatThrownBy(
              () -> NetAnswers.checkNotBlocked("record/", body.getBytes(StandardCharsets.UTF_8)))
          .extracting(e -> ((ProbeException) e).kind())
          .isEqualTo(Kind.BLOCKED);
    }
    NetAnswers.checkNotBlocked(
        "record/", "<div class=\"wrapper main_wrapper\"></div>".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void only503WithAMaintenanceNoticeIsMaintenance() {
    assertThat(NetAnswers.isMaintenance(503, "只今メンテナンス中".getBytes(StandardCharsets.UTF_8)))
        .isTrue();
    assertThat(NetAnswers.isMaintenance(503, "overloaded".getBytes(StandardCharsets.UTF_8)))
        .isFalse();
    assertThat(NetAnswers.isMaintenance(200, "maintenance".getBytes(StandardCharsets.UTF_8)))
        .isFalse();
  }
}
