package org.competenceatlas.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;

/**
 * The capabilities are modules: each owns its nodes, repository, service and controller, and uses
 * another only through that one's public service and records.
 */
class ModuleBoundariesTest {

  private static final String ROOT = "org.competenceatlas";
  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages(ROOT);

  @Test
  void modulesDependOnlyOnTheModulesTheyAreAllowedTo() {
    Architectures.layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("common")
        .definedBy(ROOT + ".common..")
        .layer("infrastructure")
        .definedBy(ROOT + ".infrastructure..")
        .layer("command")
        .definedBy(ROOT + ".command..")
        .layer("taxonomy")
        .definedBy(ROOT + ".taxonomy..")
        .layer("qualification")
        .definedBy(ROOT + ".qualification..")
        .layer("learner")
        .definedBy(ROOT + ".learner..")
        .layer("access")
        .definedBy(ROOT + ".access..")
        .layer("seed")
        .definedBy(ROOT + ".seed..")
        .layer("transfer")
        .definedBy(ROOT + ".transfer..")
        .layer("routes")
        .definedBy(ROOT + ".routes..")
        .layer("operations")
        .definedBy(ROOT + ".operations..")
        .layer("esco")
        .definedBy(ROOT + ".esco..")
        .layer("limits")
        .definedBy(ROOT + ".limits..")
        .layer("graphql")
        .definedBy(ROOT + ".graphql..")
        .layer("security")
        .definedBy(ROOT + ".security..")
        .layer("research")
        .definedBy(ROOT + ".research..")
        .layer("development")
        .definedBy(ROOT + ".development..")
        .layer("badges")
        .definedBy(ROOT + ".badges..")
        .layer("meaning")
        .definedBy(ROOT + ".meaning..")
        .layer("evaluation")
        .definedBy(ROOT + ".evaluation..")
        .layer("recognition")
        .definedBy(ROOT + ".recognition..")
        .whereLayer("recognition")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("evaluation")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("meaning")
        .mayOnlyBeAccessedByLayers("evaluation", "recognition")
        .layer("mappage")
        .definedBy(ROOT + ".mappage..")
        .whereLayer("mappage")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("command")
        .mayNotAccessAnyLayer()
        .whereLayer("development")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("badges")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("routes")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("research")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("transfer")
        .mayOnlyBeAccessedByLayers("routes", "research", "development", "evaluation")
        .whereLayer("esco")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("limits")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("graphql")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("graphql")
        .mayOnlyAccessLayers("common")
        .whereLayer("security")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("operations")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("seed")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("access")
        .mayOnlyBeAccessedByLayers("security")
        .whereLayer("learner")
        .mayOnlyBeAccessedByLayers(
            "access", "transfer", "security", "development", "badges", "recognition")
        .whereLayer("qualification")
        .mayOnlyBeAccessedByLayers("transfer", "routes", "development", "badges")
        .whereLayer("taxonomy")
        .mayOnlyBeAccessedByLayers(
            "qualification",
            "learner",
            "seed",
            "transfer",
            "routes",
            "esco",
            "development",
            "badges",
            "research",
            "meaning",
            "evaluation",
            "recognition")
        .whereLayer("infrastructure")
        .mayOnlyBeAccessedByLayers(
            "taxonomy",
            "qualification",
            "learner",
            "access",
            "seed",
            "transfer",
            "routes",
            "operations",
            "esco",
            "development",
            "badges",
            "research",
            "meaning",
            "recognition")
        .check(CLASSES);
  }

  @Test
  void modulesHaveNoCycles() {
    slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(CLASSES);
  }

  @Test
  void repositoriesAndControllersArePrivateToTheirModule() {
    classes()
        .that()
        .areAnnotatedWith(Repository.class)
        .or()
        .areAnnotatedWith(Controller.class)
        .should()
        .notHaveModifier(JavaModifier.PUBLIC)
        .check(CLASSES);
  }

  @Test
  void onlyRepositoriesTalkToTheDatabaseClient() {
    noClasses()
        .that()
        .areNotAnnotatedWith(Repository.class)
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName("org.springframework.data.neo4j.core.Neo4jClient")
        .check(CLASSES);
  }

  /**
   * Modules read and write the graph through their repositories; only the embedded DBMS and the
   * schema (infrastructure), the seed world and the operator's tools (backup, restore, health) open
   * driver sessions of their own. Telling the driver's failures apart (retryable or not) is no use
   * of the driver.
   */
  @Test
  void onlyRepositoriesAndAdminCodeUseTheNeo4jDriver() {
    noClasses()
        .that()
        .areNotAnnotatedWith(Repository.class)
        .and()
        .resideOutsideOfPackages(
            ROOT + ".infrastructure..", ROOT + ".operations..", ROOT + ".seed..")
        .should()
        .dependOnClassesThat(
            JavaClass.Predicates.resideInAPackage("org.neo4j.driver..")
                .and(
                    DescribedPredicate.not(
                        JavaClass.Predicates.resideInAPackage("org.neo4j.driver.exceptions.."))))
        .check(CLASSES);
  }

  /**
   * Wiring, instrumentation, interceptors and error resolvers of the GraphQL runtime live in {@code
   * graphql} (and the request limits in {@code limits}), so {@code common} stays the types that
   * services and controllers share.
   */
  @Test
  void commonDoesNotPlugIntoTheGraphQlRuntime() {
    noClasses()
        .that()
        .resideInAPackage(ROOT + ".common..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.springframework.graphql..", "graphql.execution..", "graphql.schema..")
        .check(CLASSES);
  }

  @Test
  void everyModuleSaysWhatItIsInAPackageInfo() throws IOException {
    var sources = Path.of("src/main/java", ROOT.split("\\."));
    try (var packages = Files.list(sources)) {
      var withoutDescription =
          packages
              .filter(Files::isDirectory)
              .filter(dir -> !Files.exists(dir.resolve("package-info.java")))
              .map(dir -> dir.getFileName().toString())
              .toList();

      assertThat(withoutDescription).isEmpty();
    }
  }
}
