package dev.probe.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every exchange command answers --help without touching the archive. */
class ExchangeCommandsHelpTest {

  @ParameterizedTest
  @CsvSource({
    "scores import, df-json",
    "scores export, tachi",
    "songs import, music_data",
    "songs update, PROBE_CATALOG_URL",
    "report, self-contained HTML"
  })
  void helpIsShownAndAccurate(String command, String mentions) {
    StringWriter out = new StringWriter();
    ProbeCli app = new ProbeCli(Map.of(), Path.of("/nonexistent"), Clock.systemUTC());
    String[] args = (command + " --help").split(" ");
    int exit =
        ProbeCli.commandLine(app, new PrintWriter(out, true), new PrintWriter(new StringWriter()))
            .execute(args);
    assertThat(exit).isZero();
    assertThat(out.toString()).contains("Usage: probe " + command).contains(mentions);
  }
}
