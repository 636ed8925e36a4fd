package dev.probe.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/** The deployment package stays small and holds nothing a Lambda must not carry. */
class PackageSizeIT {
  private static final List<String> FORBIDDEN =
      List.of(
          "io/javalin/",
          "org/eclipse/jetty/",
          "org/flywaydb/",
          "io/zonky/",
          "kotlin/",
          "com/aayushatharva/",
          "dev/probe/scraper/net/");

  static Path packagePath() {
    return Path.of(System.getProperty("probe.lambda.package", "target/probe-lambda-aws.jar"));
  }

  @Test
  void thePackageIsAtMostTheLimitAndSaysWhatWeighsMost() throws IOException {
    Path jar = packagePath();
    long max = Long.getLong("probe.lambda.package.max.bytes", 10L * 1024 * 1024);
    long size = Files.size(jar);
    String biggest = biggestEntries(jar, 15);

    System.out.printf(
        Locale.ROOT, "Lambda package %s: %.2f MB (limit %.2f MB)%n", jar, mb(size), mb(max));
    assertThat(size)
        .as(
            "%s weighs %.2f MB, above the %.2f MB limit; its 15 biggest entries:%n%s",
            jar.getFileName(), mb(size), mb(max), biggest)
        .isLessThanOrEqualTo(max);
  }

  @Test
  void thePackageCarriesNoServerMigrationsEmbeddedDatabaseOrNetClient() throws IOException {
    try (ZipFile zip = new ZipFile(packagePath().toFile())) {
      List<String> unwanted =
          zip.stream()
              .map(ZipEntry::getName)
              .filter(name -> FORBIDDEN.stream().anyMatch(name::startsWith))
              .limit(20)
              .collect(Collectors.toList());
      assertThat(unwanted).isEmpty();
      assertThat(zip.getEntry("dev/probe/lambda/HttpApiHandler.class")).isNotNull();
      assertThat(zip.getEntry("dev/probe/lambda/RestApiHandler.class")).isNotNull();
      assertThat(zip.getEntry("META-INF/services/java.sql.Driver")).isNotNull();
    }
  }

  static String biggestEntries(Path jar, int count) throws IOException {
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      return zip.stream()
          .sorted(Comparator.comparingLong(ZipEntry::getCompressedSize).reversed())
          .limit(count)
          .map(
              e ->
                  String.format(
                      Locale.ROOT,
                      "  %9d B packed %9d B unpacked  %s",
                      e.getCompressedSize(),
                      e.getSize(),
                      e.getName()))
          .collect(Collectors.joining("\n"));
    }
  }

  private static double mb(long bytes) {
    return bytes / (1024.0 * 1024.0);
  }
}
