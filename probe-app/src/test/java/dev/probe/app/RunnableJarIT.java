package dev.probe.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Runs the shaded probe.jar by itself in a child JVM, as {@code ./probe} does. */
class RunnableJarIT {

  private static final Path JAR = Path.of("target", "probe.jar");

  @Test
  void startsAndListsItsCommands() throws Exception {
    assertThat(JAR).exists();

    assertThat(run("--version")).startsWith("probe " + ProbeVersion.version());
    assertThat(run("--help")).contains("Usage: probe", "Commands:", "config");
  }

  private static String run(String argument) throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process =
        new ProcessBuilder(List.of(java.toString(), "-jar", JAR.toString(), argument))
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    return output;
  }
}
