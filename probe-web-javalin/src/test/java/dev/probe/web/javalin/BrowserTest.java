package dev.probe.web.javalin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.probe.web.ContractFixture;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages as a person uses them, in Debian's headless Chromium: sign in, the dashboard's curve,
 * searching the chart list, a chart's curves, paging through plays, switching language. Screenshots
 * go to {@code target/screenshots/}.
 */
@EnabledIf("chromiumInstalled")
class BrowserTest {
  private static final Path SHOTS = Path.of("target", "screenshots");
  private static JavalinServer server;
  private static WebDriver browser;
  private static String base;

  static boolean chromiumInstalled() {
    return HeadlessChromium.installed();
  }

  @BeforeAll
  static void start() throws IOException {
    server =
        new JavalinServer(ContractFixture.application(), JavalinServer.Options.of(1 << 20))
            .start("127.0.0.1", 0);
    base = "http://127.0.0.1:" + server.port() + ContractFixture.BASE;
    browser = HeadlessChromium.start("--window-size=1200,1000");
    Files.createDirectories(SHOTS);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  void aPlayerBrowsesTheArchive() throws IOException {
    browser.get(base + "/");
    assertThat(browser.getCurrentUrl()).contains("/login");
    browser.findElement(By.name("token")).sendKeys(ContractFixture.TOKEN);
    browser.findElement(By.cssSelector("form.stack button")).click();
    waitFor(d -> d.findElements(By.id("profile-card")).size() == 1);
    WebElement curve = browser.findElement(By.id("rating-curve"));
    waitFor(d -> curve.getAttribute("data-drawn") != null);
    assertThat(Integer.parseInt(curve.getAttribute("data-drawn"))).isPositive();
    shot("dashboard");

    browser.get(base + "/charts");
    WebElement catalog = browser.findElement(By.id("catalog"));
    waitFor(d -> "3".equals(catalog.getAttribute("data-matched")));
    browser.findElement(By.id("catalog-search")).sendKeys("song 2");
    waitFor(d -> "1".equals(catalog.getAttribute("data-matched")));
    shot("charts-search");
    catalog.findElement(By.cssSelector("tbody a")).click();
    WebElement achievement = waitFor(d -> d.findElement(By.id("achievement-curve")));
    waitFor(d -> achievement.getAttribute("data-drawn") != null);
    assertThat(browser.findElement(By.id("chart-title")).getText()).contains("Contract Song 2");
    assertThat(Integer.parseInt(achievement.getAttribute("data-drawn"))).isEqualTo(20);
    shot("chart");

    browser.get(base + "/plays?size=10");
    browser.findElement(By.id("pager-next")).click();
    waitFor(d -> "2".equals(d.findElement(By.id("pager-at")).getAttribute("data-page")));
    assertThat(browser.findElements(By.cssSelector("tr[data-play]"))).hasSize(10);
    shot("plays-page-2");

    browser.findElement(By.id("lang-switch")).click();
    waitFor(d -> "zh-CN".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("游玩记录");
    assertThat(browser.findElement(By.id("pager-at")).getAttribute("data-page")).isEqualTo("2");
    shot("plays-zh");
  }

  private static <T> T waitFor(java.util.function.Function<WebDriver, T> condition) {
    return new WebDriverWait(browser, Duration.ofSeconds(15)).until(condition::apply);
  }

  private static void shot(String name) throws IOException {
    File png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    Files.copy(
        png.toPath(),
        SHOTS.resolve(name + ".png"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }
}
