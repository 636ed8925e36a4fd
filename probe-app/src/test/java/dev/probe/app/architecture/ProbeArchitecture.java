package dev.probe.app.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The architecture rules of ARCHITECTURE.md §3, written for a base package so that the same rules
 * check probe ({@code dev.probe}) and the deliberately wrong fixtures ({@code
 * dev.probe.archfixtures}) that prove each rule can fail.
 */
final class ProbeArchitecture {

  private final String base;

  ProbeArchitecture(String base) {
    this.base = base;
  }

  /** Every rule by a name that says what it guards, in a stable order. */
  Map<String, ArchRule> rules() {
    Map<String, ArchRule> rules = new LinkedHashMap<>();
    rules.put("core depends only on the JDK, Guava and itself", coreIsPure());
    rules.put("in-ports are <Verb><Noun>UseCase interfaces", inPortsAreUseCases());
    rules.put("out-ports are <Capability>Port interfaces", outPortsArePorts());
    rules.put(
        "services are <Verb><Noun>Service implementing a UseCase", servicesImplementUseCases());
    rules.put("jsoup only in the scraper", onlyIn("org.jsoup..", "scraper"));
    rules.put(
        "jOOQ, HikariCP and the PostgreSQL driver only in the store and composition roots",
        onlyIn(
            new String[] {"org.jooq..", "com.zaxxer.hikari..", "org.postgresql.."},
            "store",
            "app",
            "lambda"));
    rules.put(
        "Flyway and the embedded PostgreSQL only in the store and the app",
        onlyIn(new String[] {"org.flywaydb..", "io.zonky.."}, "store", "app"));
    rules.put(
        "Javalin and Jetty only in the Javalin delivery",
        onlyIn(new String[] {"io.javalin..", "org.eclipse.jetty.."}, "web.javalin"));
    rules.put("AWS types only in the Lambda delivery", onlyIn("com.amazonaws..", "lambda"));
    rules.put("no package cycles between modules", noCyclesBetweenModules());
    rules.put("no adapter uses another; only composition roots see several", adaptersStayApart());
    return rules;
  }

  ArchRule coreIsPure() {
    return classes()
        .that()
        .resideInAPackage(pkg("core.."))
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(pkg("core.."), "java..", "com.google.common..");
  }

  ArchRule inPortsAreUseCases() {
    return namedInterfaces("core.application.port.in..", "UseCase");
  }

  ArchRule outPortsArePorts() {
    return namedInterfaces("core.application.port.out..", "Port");
  }

  /** Top-level interfaces in the package end with the suffix, and only they carry it. */
  private ArchRule namedInterfaces(String packagePattern, String suffix) {
    return CompositeArchRule.of(
            classes()
                .that()
                .resideInAPackage(pkg(packagePattern))
                .and()
                .areInterfaces()
                .and()
                .areTopLevelClasses()
                .should()
                .haveSimpleNameEndingWith(suffix)
                .allowEmptyShould(true))
        .and(
            classes()
                .that()
                .resideInAPackage(pkg("core.."))
                .and()
                .haveSimpleNameEndingWith(suffix)
                .should()
                .beInterfaces()
                .andShould()
                .resideInAPackage(pkg(packagePattern))
                .allowEmptyShould(true));
  }

  ArchRule servicesImplementUseCases() {
    DescribedPredicate<JavaClass> useCase =
        describe(
            "a UseCase",
            type ->
                type.getSimpleName().endsWith("UseCase")
                    && type.getPackageName().startsWith(pkg("core.application.port.in")));
    return CompositeArchRule.of(
            classes()
                .that()
                .resideInAPackage(pkg("core.application.service.."))
                .and()
                .arePublic()
                .and()
                .areTopLevelClasses()
                .and()
                .areNotAssignableTo(Record.class) // values handed to services, e.g. port bundles
                .should()
                .haveSimpleNameEndingWith("Service")
                .allowEmptyShould(true))
        .and(
            classes()
                .that()
                .resideInAPackage(pkg("core.."))
                .and()
                .haveSimpleNameEndingWith("Service")
                .should()
                .resideInAPackage(pkg("core.application.service.."))
                .andShould()
                .implement(useCase)
                .allowEmptyShould(true));
  }

  private ArchRule onlyIn(String library, String... modules) {
    return onlyIn(new String[] {library}, modules);
  }

  private ArchRule onlyIn(String[] libraries, String... modules) {
    String[] allowed = new String[modules.length];
    for (int i = 0; i < modules.length; i++) {
      allowed[i] = pkg(modules[i] + "..");
    }
    return noClasses()
        .that()
        .resideOutsideOfPackages(allowed)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(libraries)
        .allowEmptyShould(true);
  }

  ArchRule noCyclesBetweenModules() {
    return slices().matching(base + ".(*)..").should().beFreeOfCycles().allowEmptyShould(true);
  }

  /**
   * The adapters never see each other: the two deliveries build on probe-web, and only the
   * composition roots (the app; the Lambda's own) put several adapters together.
   */
  ArchRule adaptersStayApart() {
    return layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .withOptionalLayers(true)
        .layer("Core")
        .definedBy(pkg("core.."))
        .layer("Scraper")
        .definedBy(pkg("scraper.."))
        .layer("Store")
        .definedBy(pkg("store.."))
        .layer("Web")
        .definedBy(resideInAPackage(pkg("web..")).and(not(resideInAPackage(pkg("web.javalin..")))))
        .layer("Javalin")
        .definedBy(pkg("web.javalin.."))
        .layer("Lambda")
        .definedBy(pkg("lambda.."))
        .layer("App")
        .definedBy(pkg("app.."))
        .whereLayer("Core")
        .mayNotAccessAnyLayer()
        .whereLayer("Scraper")
        .mayOnlyBeAccessedByLayers("Lambda", "App")
        .whereLayer("Store")
        .mayOnlyBeAccessedByLayers("Lambda", "App")
        .whereLayer("Web")
        .mayOnlyBeAccessedByLayers("Javalin", "Lambda", "App")
        .whereLayer("Javalin")
        .mayOnlyBeAccessedByLayers("App")
        .whereLayer("Lambda")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("App")
        .mayNotBeAccessedByAnyLayer()
        .allowEmptyShould(true);
  }

  private String pkg(String relative) {
    return base + "." + relative;
  }
}
