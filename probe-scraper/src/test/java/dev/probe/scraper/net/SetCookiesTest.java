package dev.probe.scraper.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SetCookiesTest {

  private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

  @Test
  void everySetCookieReplacesOrRemoves() {
    Map<String, String> jar = Map.of("userId", "old", "_t", "t1", "EO_Bot_Ssid", "x");
    Map<String, String> after =
        SetCookies.apply(
            jar,
            List.of(
                "userId=new; Path=/; HttpOnly",
                "_t=\"t2\"; Max-Age=315360000",
                "EO_Bot_Ssid=; Max-Age=0",
                "__tst_status=abc=def; Expires=Wed, 01 Jan 2031 00:00:00 GMT",
                "garbage"),
            NOW);
    assertThat(after)
        .containsOnly(
            Map.entry("userId", "new"),
            Map.entry("_t", "t2"),
            Map.entry("__tst_status", "abc=def"));
  }

  @Test
  void anExpiryInThePastDeletes() {
    assertThat(
            SetCookies.apply(
                Map.of("userId", "x"),
                List.of("userId=deleted; Expires=Thu, 01 Jan 1970 00:00:00 GMT"),
                NOW))
        .isEmpty();
  }
}
