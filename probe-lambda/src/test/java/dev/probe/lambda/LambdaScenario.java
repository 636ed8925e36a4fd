package dev.probe.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.zaxxer.hikari.HikariDataSource;
import dev.probe.core.domain.PageRequest;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.RawPage;
import dev.probe.store.PostgresArchive;
import dev.probe.store.TestDatabase;
import dev.probe.web.PushBundle;
import dev.probe.web.WebRequest;
import dev.probe.web.WebResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * What the packaged function is asked in the IT and the benchmark: the dashboard, a push of a real
 * record page, the same push again, bad pushes, an unknown route, and the dashboard again.
 */
final class LambdaScenario {
  static final String TOKEN = "lambda-owner-token-0123456789";
  static final List<String> NAMES =
      List.of(
          "dashboard",
          "push",
          "push again",
          "push with a wrong token",
          "push without a token",
          "push without a body",
          "truncated zip",
          "invalid base64",
          "oversized push",
          "unknown route",
          "dashboard after");
  private static final int INVALID_BASE64 = NAMES.indexOf("invalid base64");

  private LambdaScenario() {}

  /** The function's environment for a test database and a push limit. */
  static Map<String, String> environment(HikariDataSource db, long maxPushBytes) {
    String[] connection = TestDatabase.connection();
    String url =
        connection[0]
            + (connection[0].contains("?") ? "&" : "?")
            + "currentSchema="
            + db.getSchema();
    Map<String, String> env = new LinkedHashMap<>();
    env.put("PROBE_DB_URL", url);
    env.put("PROBE_DB_USER", connection[1]);
    env.put("PROBE_DB_PASSWORD", connection[2]);
    env.put("PROBE_TOKEN", TOKEN);
    env.put("PROBE_MAX_PUSH_BYTES", Long.toString(maxPushBytes));
    return env;
  }

  static RawPage recordPage() {
    try (InputStream in = LambdaScenario.class.getResourceAsStream("/fixtures/cn/record.html")) {
      return new RawPage(
          URI.create("https://maimai.wahlap.com/maimai-mobile/record/"),
          Instant.parse("2025-10-03T14:00:00Z"),
          in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<WebRequest> requests(PlayerId player, long maxPushBytes) {
    byte[] push = PushBundle.write(List.of(recordPage()));
    byte[] noise = new byte[(int) maxPushBytes + 1];
    new Random(1).nextBytes(noise);
    byte[] oversized =
        PushBundle.write(List.of(new RawPage(URI.create("https://x/"), Instant.EPOCH, noise)));
    String pushPath = "/api/push";
    return List.of(
        request("GET", "/api/dashboard", player, TOKEN, null, new byte[0]),
        request("POST", pushPath, player, TOKEN, PushBundle.CONTENT_TYPE, push),
        request("POST", pushPath, player, TOKEN, PushBundle.CONTENT_TYPE, push),
        request(
            "POST", pushPath, player, "not-the-owner-token-at-all", PushBundle.CONTENT_TYPE, push),
        request("POST", pushPath, player, null, PushBundle.CONTENT_TYPE, push),
        request("POST", pushPath, player, TOKEN, PushBundle.CONTENT_TYPE, new byte[0]),
        request(
            "POST",
            pushPath,
            player,
            TOKEN,
            PushBundle.CONTENT_TYPE,
            Arrays.copyOf(push, push.length / 2)),
        request("POST", pushPath, player, TOKEN, PushBundle.CONTENT_TYPE, push),
        request("POST", pushPath, player, TOKEN, PushBundle.CONTENT_TYPE, oversized),
        request("GET", "/api/no-such-route", player, TOKEN, null, new byte[0]),
        request("GET", "/api/dashboard", player, TOKEN, null, new byte[0]));
  }

  static WebRequest request(
      String method, String path, PlayerId player, String token, String type, byte[] body) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    headers.put("accept", List.of("application/json"));
    headers.put("accept-encoding", List.of("gzip"));
    if (token != null) {
      headers.put("authorization", List.of("Bearer " + token));
    }
    if (type != null) {
      headers.put("content-type", List.of(type));
    }
    return new WebRequest(
        method,
        path,
        Map.of("player", List.of(player.value())),
        headers,
        Map.of(),
        body,
        "https",
        GatewayEvents.DOMAIN,
        "");
  }

  static List<Path> httpApiEvents(Path dir, PlayerId player) throws IOException {
    Files.createDirectories(dir);
    List<Path> files = new ArrayList<>();
    List<WebRequest> requests = requests(player, 1024 * 1024);
    for (int i = 0; i < requests.size(); i++) {
      APIGatewayV2HTTPEvent event = GatewayEvents.httpApi(requests.get(i), "");
      if (i == INVALID_BASE64) {
        event.setBody("UEsDB*not base64*");
        event.setIsBase64Encoded(true);
      }
      files.add(write(dir, i, RuntimeJson.write(event, APIGatewayV2HTTPEvent.class)));
    }
    return files;
  }

  static List<Path> restApiEvents(Path dir, PlayerId player) throws IOException {
    Files.createDirectories(dir);
    List<Path> files = new ArrayList<>();
    List<WebRequest> requests = requests(player, 1024 * 1024);
    for (int i = 0; i < requests.size(); i++) {
      APIGatewayProxyRequestEvent event = GatewayEvents.restApi(requests.get(i), "prod");
      if (i == INVALID_BASE64) {
        event.setBody("UEsDB*not base64*");
        event.setIsBase64Encoded(true);
      }
      files.add(write(dir, i, RuntimeJson.write(event, APIGatewayProxyRequestEvent.class)));
    }
    return files;
  }

  private static Path write(Path dir, int i, String json) throws IOException {
    Path file = dir.resolve(String.format("%02d-%s.json", i, NAMES.get(i).replace(' ', '-')));
    Files.writeString(file, json);
    return file;
  }

  /** Every answer as expected, and the archive holds the pushed plays exactly once. */
  static void check(List<WebResponse> answers, PostgresArchive archive, PlayerId player) {
    int[] expected = {200, 200, 200, 403, 401, 400, 400, 400, 413, 404, 200};
    for (int i = 0; i < expected.length; i++) {
      assertThat(answers.get(i).status())
          .as("%s: %s", NAMES.get(i), ContractText.of(answers.get(i)))
          .isEqualTo(expected[i]);
    }
    String first = ContractText.of(answers.get(1));
    String again = ContractText.of(answers.get(2));
    assertThat(first).contains("\"newPlays\":50");
    assertThat(again).contains("\"newPlays\":0");
    assertThat(archive.loadPlays().countPlays(player)).isEqualTo(50);
    // Only the two good pushes left a run: every refused one stored nothing at all.
    assertThat(archive.syncRuns().runs(player, new PageRequest(1, 50)).total()).isEqualTo(2);
  }
}
