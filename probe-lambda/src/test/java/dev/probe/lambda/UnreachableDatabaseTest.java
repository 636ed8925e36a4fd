package dev.probe.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.zaxxer.hikari.HikariDataSource;
import dev.probe.core.domain.Player;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.Region;
import dev.probe.store.PostgresArchive;
import dev.probe.store.TestDatabase;
import dev.probe.web.WebRequest;
import dev.probe.web.WebResponse;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The function with its database out of reach, at its cold start and later: it starts anyway,
 * answers a friendly 503 (JSON under /api, a page elsewhere; no stack trace, nothing secret), and
 * serves again as soon as the database is back, with no restart.
 */
class UnreachableDatabaseTest {
  private static final PlayerId ME = new PlayerId("me");
  private static final String PASSWORD = "relay-password-never-shown";
  private static HikariDataSource db;
  private static DatabaseRelay relay;
  private static Map<String, String> env;

  @BeforeAll
  static void databaseBehindARelay() throws Exception {
    db = (HikariDataSource) TestDatabase.freshSchema();
    new PostgresArchive(db).players().savePlayer(new Player(ME, Region.CN, "", ""));
    env = new LinkedHashMap<>(LambdaScenario.environment(db, 1024 * 1024));
    String url = env.get("PROBE_DB_URL");
    relay = DatabaseRelay.to(url);
    env.put("PROBE_DB_URL", url.replaceFirst("//[^/]+/", "//127.0.0.1:" + relay.port() + "/"));
    if (env.get("PROBE_DB_PASSWORD").isEmpty()) {
      env.put("PROBE_DB_PASSWORD", PASSWORD); // the test server trusts local connections
    }
    env.put("PROBE_DB_TIMEOUT_MS", "1000");
  }

  @AfterAll
  static void close() throws Exception {
    relay.close();
    db.close();
  }

  @Test
  void startsWithoutItAnswers503AndRecoversWhenItComesBack() throws Exception {
    LambdaComposition[] made = new LambdaComposition[1];
    assertThatCode(() -> made[0] = LambdaComposition.fromEnvironment(env, Clock.systemUTC()))
        .as("the cold start does not need the database")
        .doesNotThrowAnyException();
    HttpApiHandler handler = new HttpApiHandler(made[0]);

    unavailable(handler);
    relay.open();
    available(handler);

    relay.shut(); // later, with the pool's connection open: it is cut
    unavailable(handler);
    relay.open();
    available(handler);
  }

  private void unavailable(HttpApiHandler handler) {
    WebResponse api = ask(handler, "/api/dashboard", "application/json");
    String json = ContractText.of(api);
    assertThat(api.status()).as(json).isEqualTo(503);
    assertThat(api.header("content-type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
    assertThat(json).contains("\"STORE_UNAVAILABLE\"").contains("database");
    noSecretsNorTraces(json);

    WebResponse page = ask(handler, "/", "text/html");
    String html = ContractText.of(page);
    assertThat(page.status()).as(html).isEqualTo(503);
    assertThat(page.header("content-type")).hasValueSatisfying(t -> assertThat(t).contains("html"));
    assertThat(html).containsIgnoringCase("<html").contains("database");
    noSecretsNorTraces(html);
  }

  private void available(HttpApiHandler handler) {
    WebResponse api = ask(handler, "/api/dashboard", "application/json");
    assertThat(api.status()).as(ContractText.of(api)).isEqualTo(200);
    WebResponse page = ask(handler, "/", "text/html");
    assertThat(page.status()).as(ContractText.of(page)).isEqualTo(200);
  }

  private static void noSecretsNorTraces(String body) {
    assertThat(body)
        .doesNotContain(env.get("PROBE_DB_PASSWORD"))
        .doesNotContain(LambdaScenario.TOKEN)
        .doesNotContain("jdbc:")
        .doesNotContain(":" + relay.port())
        .doesNotContain("Exception")
        .doesNotContain("\tat ")
        .doesNotContain("org.postgresql");
  }

  private static WebResponse ask(HttpApiHandler handler, String path, String accept) {
    WebRequest owner =
        LambdaScenario.request("GET", path, ME, LambdaScenario.TOKEN, null, new byte[0]);
    Map<String, List<String>> headers = new LinkedHashMap<>(owner.headers());
    headers.put("accept", List.of(accept));
    WebRequest request =
        new WebRequest(
            owner.method(),
            owner.path(),
            owner.query(),
            headers,
            owner.cookies(),
            owner.body(),
            owner.scheme(),
            owner.host(),
            owner.basePath());
    return GatewayEvents.fromHttpApi(
        handler.handleRequest(GatewayEvents.httpApi(request, ""), null));
  }
}
