package dev.probe.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code probe parse} on pages from the scraper's test resources: the real CN record list and
 * SYNTHETIC pages written from MAIMAI-NET-PAGES.md (error page, score list, play detail).
 */
class ParseCommandTest {

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private final ObjectMapper json = new ObjectMapper();

  private Path copy(String resource) throws IOException {
    Path file = dir.resolve(resource.substring(resource.lastIndexOf('/') + 1));
    try (InputStream in = getClass().getResourceAsStream("/" + resource)) {
      Files.copy(in, file);
    }
    return file;
  }

  private int run(Path... files) {
    ProbeCli app = new ProbeCli(Map.of("PROBE_HOME", dir.toString()), dir, Clock.systemUTC());
    String[] args = new String[files.length + 1];
    args[0] = "parse";
    for (int i = 0; i < files.length; i++) {
      args[i + 1] = files[i].toString();
    }
    return ProbeCli.commandLine(app, new PrintWriter(out, true), new PrintWriter(err, true))
        .execute(args);
  }

  private List<JsonNode> lines() {
    return out.toString()
        .lines()
        .map(
            l -> {
              try {
                return json.readTree(l);
              } catch (IOException e) {
                throw new AssertionError("not JSON: " + l, e);
              }
            })
        .toList();
  }

  @Test
  void recordListPrintsEveryPlayWithTheDocumentedFields() throws IOException {
    Path record = copy("fixtures/cn/record.html");
    assertThat(run(record)).isZero();
    List<JsonNode> lines = lines();
    assertThat(lines).hasSize(1);
    JsonNode page = lines.get(0);
    assertThat(page.get("file").asText()).isEqualTo(record.toString());
    assertThat(page.get("kind").asText()).isEqualTo("RECORD");
    assertThat(page.get("plays")).hasSize(50);
    JsonNode first = page.get("plays").get(0);
    assertThat(json.writeValueAsString(first))
        .contains(
            "\"track\":4",
            "\"playedAt\":\"2025-10-03T13:06:00+08:00\"",
            "\"detailIdx\":\"33,1759467960\"",
            "\"title\":\"Re:Unknown X\"",
            "\"difficulty\":\"MASTER\"",
            "\"chartType\":\"DX\"",
            "\"level\":\"\"",
            "\"achievement\":\"98.6484\"",
            "\"rank\":\"S+\"",
            "\"dxScore\":3066",
            "\"dxScoreMax\":3567",
            "\"dxStars\":1",
            "\"fc\":null",
            "\"sync\":\"SYNC\"",
            "\"newRecord\":true",
            "\"place\":2");
    assertThat(page.get("plays").get(1).get("playedAt").asText())
        .isEqualTo("2025-10-03T13:02:34+08:00");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void scoreListAndPlayDetail() throws IOException {
    assertThat(
            run(
                copy("synthetic/music-level-intl.html"),
                copy("synthetic/playlog-detail-multi-intl.html")))
        .isZero();
    List<JsonNode> lines = lines();
    JsonNode entries = lines.get(0).get("entries");
    assertThat(lines.get(0).get("kind").asText()).isEqualTo("SCORE_LIST");
    assertThat(entries.get(0).get("achievement").asText()).isEqualTo("100.6868");
    assertThat(entries.get(0).get("rank").asText()).isEqualTo("SSS+");
    assertThat(entries.get(0).get("fc").asText()).isEqualTo("APP");
    assertThat(entries.get(0).get("sync").asText()).isEqualTo("FDXP");
    assertThat(entries.get(1).get("achievement").isNull()).isTrue();
    assertThat(entries.get(4).get("title").asText()).isEqualTo("\u3000");
    JsonNode detail = lines.get(1);
    assertThat(detail.get("kind").asText()).isEqualTo("PLAY_DETAIL");
    assertThat(detail.get("detail").get("coPlayers")).hasSize(2);
    assertThat(detail.get("detail").get("judgements").get("TOUCH").get(0).isNull()).isTrue();
    assertThat(detail.get("detail").get("maxSync").get("value").asInt()).isEqualTo(1388);
  }

  @Test
  void errorAndUnknownPagesExitTwoWithAnErrorObject() throws IOException {
    Path error = copy("synthetic/error-300001-intl.html");
    Path friends = copy("fixtures/cn/friend.html");
    Path record = copy("fixtures/cn/record.html");
    assertThat(run(error, friends, record)).isEqualTo(2);
    List<JsonNode> lines = lines();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0).get("kind").asText()).isEqualTo("NET_ERROR");
    assertThat(lines.get(0).get("error").get("code").asText()).isEqualTo("300001");
    assertThat(lines.get(0).get("error").get("message").asText()).contains("300001");
    assertThat(lines.get(1).get("kind").asText()).isEqualTo("UNRECOGNISED");
    assertThat(lines.get(1).get("error").get("code").asText()).isEqualTo("UNRECOGNISED_PAGE");
    assertThat(lines.get(2).get("kind").asText()).isEqualTo("RECORD");
  }

  @Test
  void aMissingFileIsReportedOnItsLine() {
    assertThat(run(dir.resolve("nothing.html"))).isEqualTo(2);
    assertThat(lines().get(0).get("error").get("code").asText()).isEqualTo("UNREADABLE_FILE");
  }
}
