package dev.probe.lambda;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The JVM options the benchmark starts the package with: those of Lambda's java17 managed runtime
 * for a 1,024 MB function, and the class-data-sharing archive made from one training run.
 */
final class LambdaJvm {
  /**
   * As Lambda's java17 runtime starts the JVM for a 1,024 MB function (its bootstrap command line:
   * maximum heap 85 % of the memory, serial GC, C1 only), except {@code -Xshare:on
   * -XX:SharedArchiveFile=/var/lang/lib/server/runtime.jsa}: here the JDK's own default CDS archive
   * stands for the runtime's. The initial heap is the one the JVM picks by itself in 1,024 MB (a
   * 64th), not the one it picks on this bigger machine.
   */
  static final List<String> FLAGS =
      List.of(
          "-XX:MaxHeapSize=891290k",
          "-XX:InitialHeapSize=16m",
          "-XX:+UseSerialGC",
          "-XX:+TieredCompilation",
          "-XX:TieredStopAtLevel=1",
          "-Djava.net.preferIPv4Stack=true");

  private LambdaJvm() {}

  /** The same flags with the archive; -Xshare:on so that an unusable archive fails, not hides. */
  static List<String> withArchive(Path archive) {
    List<String> flags = new ArrayList<>(FLAGS);
    flags.add("-Xshare:on");
    flags.add("-XX:SharedArchiveFile=" + archive);
    return flags;
  }

  /**
   * Makes the archive: one run of the package over {@code events} that dumps every class it loaded
   * beyond the JDK's own archive ({@code -XX:ArchiveClassesAtExit}).
   */
  static Path train(PackagedLambda lambda, List<Path> events, Path archive) throws Exception {
    Files.deleteIfExists(archive);
    List<String> flags = new ArrayList<>(FLAGS);
    flags.add("-XX:ArchiveClassesAtExit=" + archive);
    flags.add("-Xlog:cds=off"); // joda-time's pre-Java-6 classes stay out, with a warning each
    PackagedLambda.Run run = lambda.run("http", 1, events, flags.toArray(String[]::new));
    if (!Files.exists(archive)) {
      throw new IllegalStateException("no archive was written\n" + run.stderr());
    }
    return archive;
  }

  /**
   * Makes an archive like the managed runtime's own {@code runtime.jsa}: the JDK's and the runtime
   * client's classes (here the serializer and the harness) that a run loads, but none of the
   * package's, which Lambda loads from {@code /var/task} and verifies on every cold start. A static
   * archive from a class list, so that the package's classes can be left out.
   */
  static Path runtimeArchive(PackagedLambda lambda, List<Path> events, Path dir, Path archive)
      throws Exception {
    Path all = dir.resolve("loaded-classes.txt");
    List<String> flags = new ArrayList<>(FLAGS);
    flags.add("-XX:DumpLoadedClassList=" + all);
    lambda.run("http", 1, events, flags.toArray(String[]::new));
    java.util.Set<String> ours = lambda.packageClasses();
    List<String> kept = new ArrayList<>();
    for (String line : Files.readAllLines(all)) {
      String[] words = line.split(" ");
      // "@lambda-proxy Caller …" lines name their caller second; class lines name the class first.
      String name = line.startsWith("@") && words.length > 1 ? words[1] : words[0];
      if (!ours.contains(name)) {
        kept.add(line);
      }
    }
    Path list = dir.resolve("runtime-classes.txt");
    Files.write(list, kept);
    Files.deleteIfExists(archive);
    Process dump =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:dump",
                "-Xlog:cds=off",
                "-XX:SharedClassListFile=" + list,
                "-XX:SharedArchiveFile=" + archive,
                "-cp",
                lambda.classPath())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("runtime-archive.log").toFile())
            .start();
    if (dump.waitFor() != 0 || !Files.exists(archive)) {
      throw new IllegalStateException(
          "no runtime archive was written: "
              + Files.readString(dir.resolve("runtime-archive.log")));
    }
    return archive;
  }

  /** {@link PackagedHandlerMain} alone in a jar. */
  static Path harnessJar(Path dir) throws IOException {
    Path jar = dir.resolve("probe-lambda-bench-harness.jar");
    String name = PackagedHandlerMain.class.getName().replace('.', '/') + ".class";
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file);
        InputStream in = PackagedHandlerMain.class.getClassLoader().getResourceAsStream(name)) {
      out.putNextEntry(new JarEntry(name));
      in.transferTo(out);
      out.closeEntry();
    }
    return jar;
  }

  /** How many bytes {@code file} takes once compressed, as inside a deployment zip. */
  static long compressedSize(Path file) throws IOException {
    long[] count = {0};
    OutputStream counter =
        new OutputStream() {
          @Override
          public void write(int b) {
            count[0]++;
          }

          @Override
          public void write(byte[] b, int off, int len) {
            count[0] += len;
          }
        };
    try (InputStream in = Files.newInputStream(file);
        GZIPOutputStream gz = new GZIPOutputStream(counter)) {
      in.transferTo(gz);
    }
    return count[0];
  }
}
