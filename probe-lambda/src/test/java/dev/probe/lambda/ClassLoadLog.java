package dev.probe.lambda;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Sums up a {@code -Xlog:class+load} file: classes from archives, from jars, by package. */
final class ClassLoadLog {
  private ClassLoadLog() {}

  static String summary(Path log, int top) throws IOException {
    List<String> lines =
        Files.readAllLines(log).stream()
            .filter(l -> l.contains(" source: "))
            .collect(Collectors.toList());
    long shared = lines.stream().filter(l -> l.contains("shared objects file")).count();
    Map<String, Integer> parsed = new TreeMap<>();
    for (String line : lines) {
      if (!line.contains("shared objects file")) {
        parsed.merge(packageOf(line), 1, Integer::sum);
      }
    }
    String biggest =
        parsed.entrySet().stream()
            .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
            .limit(top)
            .map(e -> String.format(Locale.ROOT, "    %5d  %s", e.getValue(), e.getKey()))
            .collect(Collectors.joining("\n"));
    return String.format(
        Locale.ROOT,
        "classes loaded: %d, %d from a CDS archive, %d parsed and verified; most parsed:%n%s",
        lines.size(),
        shared,
        lines.size() - shared,
        biggest);
  }

  /** The class's first three package names ({@code org.jooq.impl}). */
  private static String packageOf(String line) {
    String name = line.substring(line.indexOf("] ") + 2, line.indexOf(" source: "));
    String[] parts = name.split("\\.");
    int depth = Math.min(3, parts.length - 1);
    return String.join(".", java.util.Arrays.copyOf(parts, Math.max(1, depth)));
  }
}
