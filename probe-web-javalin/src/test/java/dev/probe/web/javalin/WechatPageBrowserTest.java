package dev.probe.web.javalin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.probe.core.domain.PlayerId;
import dev.probe.web.ContractFixture;
import dev.probe.web.ProbeWeb;
import dev.probe.web.WechatSignIn;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The WeChat sign-in page in headless Chromium: it waits, and turns green by itself when the
 * session arrives (its script polls the status and reloads).
 */
@EnabledIf("dev.probe.web.javalin.BrowserTest#chromiumInstalled")
class WechatPageBrowserTest {

  private volatile String state = "WAITING";
  private JavalinServer server;
  private WebDriver browser;

  private final WechatSignIn helper =
      new WechatSignIn() {
        @Override
        public Status status() {
          boolean done = state.equals("DONE");
          return new Status(
              true,
              state,
              List.of("192.168.1.20:8033"),
              "alice",
              done ? "ＡＬＩＣＥ" : "",
              "",
              done ? Instant.parse("2026-11-20T12:01:00Z") : Instant.parse("2026-11-20T12:00:00Z"),
              "http://tgk-wcaime.wahlap.com/wc_auth/oauth/authorize/maimai-dx",
              "http://probe.invalid/",
              "8033");
        }

        @Override
        public Status start(String listen, PlayerId player) {
          return status();
        }

        @Override
        public Status stop() {
          return status();
        }
      };

  @AfterEach
  void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  void thePageTurnsGreenWhenTheSessionArrives() throws IOException {
    var app =
        ProbeWeb.builder(ContractFixture.config())
            .useCases(ContractFixture.useCases())
            .wechatSignIn(helper)
            .build();
    server = new JavalinServer(app, JavalinServer.Options.of(1 << 20)).start("127.0.0.1", 0);
    String base = "http://127.0.0.1:" + server.port() + ContractFixture.BASE;
    browser = HeadlessChromium.start();

    browser.get(base + "/settings/wechat");
    browser.findElement(By.name("token")).sendKeys(ContractFixture.TOKEN);
    browser.findElement(By.cssSelector("form.stack button")).click();
    waitFor(d -> d.findElements(By.id("wechat-status")).size() == 1);
    assertThat(browser.findElement(By.id("wechat-status")).getText()).contains("Waiting");
    assertThat(browser.findElement(By.id("wechat-addresses")).getText())
        .contains("192.168.1.20:8033");

    state = "DONE";

    waitFor(
        d ->
            !d.findElement(By.id("wechat-status")).findElements(By.cssSelector(".good")).isEmpty());
    assertThat(browser.findElement(By.id("wechat-status")).getText()).contains("ＡＬＩＣＥ");
  }

  private <T> T waitFor(java.util.function.Function<WebDriver, T> condition) {
    return new WebDriverWait(browser, Duration.ofSeconds(20)).until(condition::apply);
  }
}
