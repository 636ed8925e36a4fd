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
