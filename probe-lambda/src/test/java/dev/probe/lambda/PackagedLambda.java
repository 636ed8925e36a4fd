package dev.probe.lambda;

import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Starts the deployment package in a fresh JVM, as Lambda would, and collects its answers. The
 * child's class path is the package, the runtime's serializer and {@link PackagedHandlerMain} only.
 */
final class PackagedLambda {
  /**
   * One invocation: how long the handler took, when its answer arrived since the launch, the
   * child's CPU time by then, and the response JSON.
   */
  record Invocation(long handlerNanos, long sinceLaunchNanos, long cpuNanos, String json) {}

  /** A finished run: constructor time, every invocation, and what the child wrote to stderr. */
  record Run(long initNanos, List<Invocation> invocations, String stderr) {}

  private final Path packageJar;
  private final Map<String, String> environment;
  private final String harness;

  PackagedLambda(Path packageJar, Map<String, String> environment) {
    this(packageJar, environment, location(PackagedHandlerMain.class));
  }

  /**
   * With {@link PackagedHandlerMain} taken from {@code harness} (a jar: a class-data-sharing
   * archive accepts no class folder on the class path).
   */
  PackagedLambda(Path packageJar, Map<String, String> environment, String harness) {
    this.packageJar = packageJar;
    this.environment = Map.copyOf(environment);
    this.harness = harness;
  }

  Run run(String kind, int repeat, List<Path> events, String... jvmOptions)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(jvmOptions));
    command.add("-cp");
    command.add(classPath());
    command.add(PackagedHandlerMain.class.getName());
    command.add(kind);
    command.add("--repeat=" + repeat);
    events.forEach(e -> command.add(e.toString()));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().putAll(environment);
    Path stderr = Files.createTempFile("probe-lambda", ".err");
    builder.redirectError(stderr.toFile());

    long launched = System.nanoTime();
    Process process = builder.start();
    List<Invocation> invocations = new ArrayList<>();
    long init = -1;
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        long now = System.nanoTime() - launched;
        if (line.startsWith("READY ")) {
          init = Long.parseLong(line.substring(6).trim());
        } else if (line.startsWith("RESULT ")) {
          String[] parts = line.split(" ", 4);
          invocations.add(
              new Invocation(Long.parseLong(parts[1]), now, Long.parseLong(parts[2]), parts[3]));
        }
      }
    }
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
    String err = Files.readString(stderr);
    Files.delete(stderr);
    return new Run(init, invocations, err);
  }

  /** The child's class path: the package, the runtime's serializer, the harness. */
  String classPath() {
    return String.join(
        java.io.File.pathSeparator,
        packageJar.toString(),
        location(LambdaEventSerializers.class),
        harness);
  }

  /** The package's classes, as class-list names ({@code dev/probe/lambda/HttpApiHandler}). */
  java.util.Set<String> packageClasses() throws IOException {
    try (java.util.jar.JarFile jar = new java.util.jar.JarFile(packageJar.toFile())) {
      return jar.stream()
          .map(java.util.jar.JarEntry::getName)
          .filter(n -> n.endsWith(".class") && !n.startsWith("META-INF/"))
          .map(n -> n.substring(0, n.length() - ".class".length()))
          .collect(java.util.stream.Collectors.toSet());
    }
  }

  private static String location(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
