package dev.probe.scraper.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.probe.core.domain.ProbeException;
import org.junit.jupiter.api.Test;

/** Only the callback's scheme changes in WeChat's consent URL. */
class ConsentLinkTest {

  private static final String HOST = "tgk-wcaime.wahlap.com";

  @Test
  void theEncodedHttpsCallbackBecomesPlainHttpAndNothingElseChanges() {
    String url =
        "https://open.weixin.qq.com/connect/oauth2/authorize?appid=wx1&redirect_uri=https%3A%2F%2F"
            + HOST
            + "%2Fwc_auth%2Foauth%2Fcallback%2Fmaimai-dx%3Fr%3Dab%26t%3D1&response_type=code"
            + "&scope=snsapi_base&state=s#wechat_redirect";
    assertThat(ConsentLink.withPlainCallback(url, HOST))
        .isEqualTo(url.replace("redirect_uri=https%3A", "redirect_uri=http%3A"));
  }

  @Test
  void anAlreadyPlainCallbackIsKept() {
    String url = "https://w/x?redirect_uri=http%3A%2F%2F" + HOST + "%2Fcb&state=1";
    assertThat(ConsentLink.withPlainCallback(url, HOST)).isEqualTo(url);
  }

  @Test
  void aLinkThatChangedShapeIsATypedError() {
    for (String url :
        new String[] {
          "https://w/x?appid=1",
          "https://w/x?redirect_uri=https%3A%2F%2Fevil.example%2Fcb",
          "https://w/x?redirect_uri=ftp%3A%2F%2F" + HOST + "%2Fcb",
          null
        }) {
      assertThatThrownBy(() -> ConsentLink.withPlainCallback(url, HOST))
          .isInstanceOf(ProbeException.class)
          .hasMessageContaining("docs/net-login.md");
    }
  }
}
