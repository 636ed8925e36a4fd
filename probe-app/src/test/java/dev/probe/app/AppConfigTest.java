package dev.probe.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.probe.core.domain.ProbeException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppConfigTest {

  private static final Path HOME = Path.of("/home/player");

  @Test
  void defaultsNeedNoSetUp() {
    AppConfig config = AppConfig.fromEnvironment(Map.of(), HOME);

    assertThat(config.home()).isEqualTo(HOME.resolve(".probe"));
    assertThat(config.embeddedDatabase()).isTrue();
    assertThat(config.host()).isEqualTo("127.0.0.1");
    assertThat(config.port()).isEqualTo(8080);
    assertThat(config.basePath()).isEmpty();
    assertThat(config.publicReads()).isFalse();
    assertThat(config.syncEvery()).isEmpty();
    assertThat(config.netDelay()).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void everyVariableIsRead() {
    AppConfig config =
        AppConfig.fromEnvironment(
            Map.of(
                "PROBE_HOME", "~/archive",
                "PROBE_DB_URL", "jdbc:postgresql://db:5432/probe",
                "PROBE_DB_USER", "probe",
                "PROBE_DB_PASSWORD", "s3cret",
                "PROBE_HOST", "0.0.0.0",
                "PROBE_PORT", "9090",
                "PROBE_BASE_PATH", "probe/",
                "PROBE_PUBLIC_READS", "yes",
                "PROBE_SYNC_EVERY_MINUTES", "60",
                "PROBE_NET_DELAY_MS", "2500"),
            HOME);

    assertThat(config.home()).isEqualTo(HOME.resolve("archive"));
    assertThat(config.embeddedDatabase()).isFalse();
    assertThat(config.databaseUrl()).isEqualTo("jdbc:postgresql://db:5432/probe");
    assertThat(config.databaseUser()).isEqualTo("probe");
    assertThat(config.databasePassword()).isEqualTo("s3cret");
    assertThat(config.host()).isEqualTo("0.0.0.0");
    assertThat(config.port()).isEqualTo(9090);
    assertThat(config.basePath()).isEqualTo("/probe");
    assertThat(config.publicReads()).isTrue();
    assertThat(config.syncEvery()).contains(Duration.ofHours(1));
    assertThat(config.netDelay()).isEqualTo(Duration.ofMillis(2500));
  }

  @Test
  void blankValuesMeanUnset() {
    AppConfig config = AppConfig.fromEnvironment(Map.of("PROBE_PORT", " ", "PROBE_HOME", ""), HOME);

    assertThat(config.port()).isEqualTo(8080);
    assertThat(config.home()).isEqualTo(HOME.resolve(".probe"));
  }

  @Test
  void theRootBasePathIsNoBasePath() {
    assertThat(AppConfig.fromEnvironment(Map.of("PROBE_BASE_PATH", "/"), HOME).basePath())
        .isEmpty();
  }

  @Test
  void thePasswordNeverAppearsInText() {
    AppConfig config = AppConfig.fromEnvironment(Map.of("PROBE_DB_PASSWORD", "s3cret"), HOME);

    assertThat(config.toString()).doesNotContain("s3cret").contains("databasePassword=***");
  }

  @Test
  void badValuesNameTheVariableAndWhatItAccepts() {
    assertInvalid("PROBE_PORT", "70000", "from 0 to 65535");
    assertInvalid("PROBE_PORT", "http", "whole number");
    assertInvalid("PROBE_PUBLIC_READS", "maybe", "true or false");
    assertInvalid("PROBE_DB_URL", "mysql://db/probe", "PostgreSQL JDBC URL");
    assertInvalid("PROBE_BASE_PATH", "/a b", "URL path");
    assertInvalid("PROBE_SYNC_EVERY_MINUTES", "1", "at least 10");
    assertInvalid("PROBE_NET_DELAY_MS", "-5", "from 0 to 60000");
  }

  private static void assertInvalid(String name, String value, String hint) {
    assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of(name, value), HOME))
        .isInstanceOfSatisfying(
            ProbeException.class,
            e -> assertThat(e.kind()).isEqualTo(ProbeException.Kind.INVALID_INPUT))
        .hasMessageContaining(name)
        .hasMessageContaining("'" + value + "'")
        .hasMessageContaining(hint);
  }
}
