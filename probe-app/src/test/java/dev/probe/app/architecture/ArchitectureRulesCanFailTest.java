package dev.probe.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Proves that each architecture rule can fail: it must report the fixture built to break it. */
class ArchitectureRulesCanFailTest {

  private static final String FIXTURES = "dev.probe.archfixtures";
  private static final JavaClasses WRONG =
      new ClassFileImporter()
          .withImportOption(new ImportOption.DoNotIncludePackageInfos())
          .importPackages(FIXTURES);
  private static final Map<String, ArchRule> RULES = new ProbeArchitecture(FIXTURES).rules();

  /** Each rule with the fixture classes it must name in its report. */
  static Stream<Arguments> rulesAndTheirViolators() {
    return Stream.of(
        Arguments.of(
            "core depends only on the JDK, Guava and itself", new String[] {"DomainReadingHtml"}),
        Arguments.of("in-ports are <Verb><Noun>UseCase interfaces", new String[] {"FindPlays"}),
        Arguments.of("out-ports are <Capability>Port interfaces", new String[] {"PlayLoader"}),
        Arguments.of(
            "services are <Verb><Noun>Service implementing a UseCase",
            new String[] {"LonelyService", "PublicHelper"}),
        Arguments.of("jsoup only in the scraper", new String[] {"DomainReadingHtml"}),
        Arguments.of(
            "jOOQ, HikariCP and the PostgreSQL driver only in the store and composition roots",
            new String[] {"WebWritingSql"}),
        Arguments.of(
            "Flyway and the embedded PostgreSQL only in the store and the app",
            new String[] {"MigratingLambda"}),
        Arguments.of(
            "Javalin and Jetty only in the Javalin delivery", new String[] {"AppServingDirectly"}),
        Arguments.of("AWS types only in the Lambda delivery", new String[] {"CloudScraper"}),
        Arguments.of(
            "no package cycles between modules",
            new String[] {"ScraperSavingDirectly", "StoreCallingScraper"}),
        Arguments.of(
            "no adapter uses another; only composition roots see several",
            new String[] {"ScraperSavingDirectly", "StoreCallingScraper", "JavalinReadingStore"}));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rulesAndTheirViolators")
  void reportsItsFixture(String ruleName, String[] violators) {
    EvaluationResult result = RULES.get(ruleName).evaluate(WRONG);

    assertThat(result.hasViolation()).as(ruleName).isTrue();
    for (String violator : violators) {
      assertThat(result.getFailureReport().getDetails())
          .as("%s names %s", ruleName, violator)
          .anyMatch(line -> line.contains(FIXTURES + ".") && line.contains("." + violator));
    }
  }

  @Test
  void everyRuleHasAFixture() {
    assertThat(rulesAndTheirViolators().map(arguments -> (String) arguments.get()[0]))
        .containsExactlyInAnyOrderElementsOf(RULES.keySet());
  }
}
