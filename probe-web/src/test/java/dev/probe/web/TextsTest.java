package dev.probe.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Both languages say everything, and the language is chosen as the browser asks. */
class TextsTest {
  @Test
  void chineseHasEveryEnglishKey() throws IOException {
    assertThat(keys("zh").stringPropertyNames())
        .containsExactlyInAnyOrderElementsOf(keys("en").stringPropertyNames());
  }

  @Test
  void acceptLanguageIsReadByQuality() {
    assertThat(Texts.fromAcceptLanguage("zh-CN,zh;q=0.9,en;q=0.8")).isEqualTo("zh");
    assertThat(Texts.fromAcceptLanguage("en-US,en;q=0.9,zh;q=0.8")).isEqualTo("en");
    assertThat(Texts.fromAcceptLanguage("fr;q=1,zh-TW;q=0.5")).isEqualTo("zh");
    assertThat(Texts.fromAcceptLanguage("")).isEqualTo("en");
  }

  private static Properties keys(String lang) throws IOException {
    Properties p = new Properties();
    try (var in =
        TextsTest.class.getResourceAsStream("/dev/probe/web/texts_" + lang + ".properties")) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }
}
