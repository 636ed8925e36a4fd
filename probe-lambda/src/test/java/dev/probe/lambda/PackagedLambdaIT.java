package dev.probe.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.zaxxer.hikari.HikariDataSource;
import dev.probe.core.domain.Player;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.Region;
import dev.probe.store.PostgresArchive;
import dev.probe.store.TestDatabase;
import dev.probe.web.WebResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The deployment package by itself, in a fresh JVM, through the Lambda runtime's serializer,
 * against a real PostgreSQL: it answers the dashboard, imports a push once however often it is
 * sent, and refuses bad pushes with a 4xx while storing nothing.
 */
class PackagedLambdaIT {
  private static final PlayerId ME = new PlayerId("me");
  private static HikariDataSource db;
  private static PostgresArchive archive;

  @TempDir static Path dir;

  @BeforeAll
  static void database() {
    db = (HikariDataSource) TestDatabase.freshSchema();
    archive = new PostgresArchive(db);
    archive.players().savePlayer(new Player(ME, Region.CN, "", ""));
  }

  @AfterAll
  static void close() {
    db.close();
  }

  private static PackagedLambda packaged() {
    return new PackagedLambda(
        PackageSizeIT.packagePath(), LambdaScenario.environment(db, 1024 * 1024));
  }

  @Test
  void httpApiServesTheDashboardAndImportsAPushExactlyOnce() throws Exception {
    List<Path> events = LambdaScenario.httpApiEvents(dir.resolve("http"), ME);
    PackagedLambda.Run run = packaged().run("http", 1, events);

    List<WebResponse> answers =
        run.invocations().stream()
            .map(
                i ->
                    GatewayEvents.fromHttpApi(
                        RuntimeJson.read(i.json(), APIGatewayV2HTTPResponse.class)))
            .collect(Collectors.toList());
    assertThat(answers).as(run.stderr()).hasSize(LambdaScenario.NAMES.size());
    LambdaScenario.check(answers, archive, ME);
  }

  @Test
  void restApiServesTheDashboardAndImportsAPushExactlyOnce() throws Exception {
    archive.players().savePlayer(new Player(new PlayerId("rest"), Region.CN, "", ""));
    List<Path> events = LambdaScenario.restApiEvents(dir.resolve("rest"), new PlayerId("rest"));
    PackagedLambda.Run run = packaged().run("rest", 1, events);

    List<WebResponse> answers =
        run.invocations().stream()
            .map(
                i ->
                    GatewayEvents.fromRestApi(
                        RuntimeJson.read(i.json(), APIGatewayProxyResponseEvent.class)))
            .collect(Collectors.toList());
    assertThat(answers).as(run.stderr()).hasSize(LambdaScenario.NAMES.size());
    LambdaScenario.check(answers, archive, new PlayerId("rest"));
  }
}
