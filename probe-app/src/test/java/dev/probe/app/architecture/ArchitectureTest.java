package dev.probe.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchRule;
import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks every production class of every module against the architecture rules. Classes are
 * imported by package, so whatever is added later is checked too; tests, test-jars and the fixtures
 * are left out.
 */
class ArchitectureTest {

  private static JavaClasses production;

  @BeforeAll
  static void importProductionClasses() {
    production =
        new ClassFileImporter()
            .withImportOption(ArchitectureTest::isProductionCode)
            .withImportOption(new ImportOption.DoNotIncludePackageInfos())
            .importUrls(probeModuleOutputs())
            .that(JavaClass.Predicates.resideInAPackage("dev.probe.."));
  }

  /**
   * The classpath entries that hold probe's own modules (their {@code target/classes} folders, or
   * their jars in a reactor build). Importing only these instead of scanning every jar on the
   * classpath for {@code dev.probe} keeps this test fast; classes are still found by package.
   */
  static List<URL> probeModuleOutputs() {
    List<URL> outputs = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path path = Path.of(entry);
      String name = path.getFileName().toString();
      boolean moduleClasses = name.equals("classes") && path.getParent().endsWith("target");
      if (moduleClasses || name.matches("probe-[a-z-]+-[0-9][^/]*\\.jar")) {
        try {
          outputs.add(path.toUri().toURL());
        } catch (MalformedURLException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return outputs;
  }

  static boolean isProductionCode(Location location) {
    return !location.contains("/test-classes/")
        && !location.contains("-tests.jar")
        && !location.contains("/archfixtures/");
  }

  static Stream<Named<ArchRule>> rules() {
    return new ProbeArchitecture("dev.probe")
        .rules().entrySet().stream().map(rule -> Named.of(rule.getKey(), rule.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void holds(ArchRule rule) {
    rule.check(production);
  }

  @Test
  void seesEveryModuleButNoTestCode() {
    assertThat(production.stream().map(JavaClass::getName))
        .contains(
            "dev.probe.core.domain.Play",
            "dev.probe.core.application.port.out.SavePlaysPort",
            "dev.probe.web.WebApplication",
            "dev.probe.lambda.HttpApiHandler",
            "dev.probe.app.ProbeCli")
        .noneMatch(name -> name.endsWith("Test") || name.contains(".archfixtures."));
  }
}
