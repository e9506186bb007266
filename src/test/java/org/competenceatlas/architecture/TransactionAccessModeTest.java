package org.competenceatlas.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.competenceatlas.infrastructure.ReadTransaction;
import org.competenceatlas.infrastructure.WriteTransaction;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cluster-ready access modes. A Neo4j cluster sends a read transaction to any member and a write
 * transaction to the primary; a query outside a declared transaction would run in write mode on the
 * primary, and an auto-commit query is never retried by the driver. So every repository method
 * declares whether it reads or writes, and nothing runs auto-commit queries.
 */
class TransactionAccessModeTest {

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.competenceatlas");

  private static final DescribedPredicate<JavaClass> USES_NEO4J_CLIENT =
      DescribedPredicate.describe(
          "use the Neo4j client",
          javaClass ->
              javaClass.getDirectDependenciesFromSelf().stream()
                  .anyMatch(d -> d.getTargetClass().isEquivalentTo(Neo4jClient.class)));

  @Test
  void everyRepositoryMethodSaysWhetherItReadsOrWrites() {
    methods()
        .that()
        .areDeclaredInClassesThat()
        .areAnnotatedWith(Repository.class)
        .and()
        .areDeclaredInClassesThat(USES_NEO4J_CLIENT)
        .and()
        .doNotHaveModifier(JavaModifier.PRIVATE)
        .and()
        .doNotHaveModifier(JavaModifier.STATIC)
        .and()
        .doNotHaveModifier(JavaModifier.SYNTHETIC)
        .should(declareExactlyOneAccessMode())
        .because(
            "a method without one runs its queries in write mode outside a transaction, on the"
                + " primary of a cluster")
        .check(CLASSES);
  }

  @Test
  void repositoriesDeclareAccessModesOnlyThroughTheTwoAnnotations() {
    noMethods()
        .that()
        .areDeclaredInClassesThat()
        .areAnnotatedWith(Repository.class)
        .should()
        .beAnnotatedWith(Transactional.class)
        .because("@ReadTransaction or @WriteTransaction say the access mode explicitly")
        .check(CLASSES);
  }

  @Test
  void nothingRunsAutoCommitQueries() {
    noClasses()
        .should()
        .callMethodWhere(
            DescribedPredicate.describe(
                "a query runs on a Session outside a transaction",
                call ->
                    call.getTarget().getOwner().isAssignableTo(Session.class)
                        && call.getTarget().getName().equals("run")))
        .because(
            "an auto-commit query takes the session's default access mode (write) and the driver"
                + " does not retry it: use executeRead or executeWrite")
        .check(CLASSES);
  }

  @Test
  void onlyTheStreamingExportsOpenTransactionsTheDriverDoesNotManage() {
    noClasses()
        .that()
        .doNotHaveSimpleName("GraphBackup")
        .and()
        .doNotHaveSimpleName("GraphExportRepository")
        .should()
        .callMethodWhere(
            DescribedPredicate.describe(
                "a transaction is begun by hand",
                call ->
                    call.getTarget().getOwner().isAssignableTo(Session.class)
                        && call.getTarget().getName().equals("beginTransaction")))
        .because(
            "the driver retries managed transactions (executeRead, executeWrite); only a stream"
                + " of rows already handed on cannot be run again, so only the backup and the"
                + " graph export begin theirs by hand, in read mode")
        .check(CLASSES);
  }

  private static ArchCondition<JavaMethod> declareExactlyOneAccessMode() {
    return new ArchCondition<>(
        "be annotated with exactly one of @ReadTransaction, @WriteTransaction") {
      @Override
      public void check(JavaMethod method, ConditionEvents events) {
        boolean read = method.isAnnotatedWith(ReadTransaction.class);
        boolean write = method.isAnnotatedWith(WriteTransaction.class);
        if (read == write) {
          events.add(
              SimpleConditionEvent.violated(
                  method,
                  method.getFullName()
                      + (read ? " has both access modes" : " declares no access mode")));
        }
      }
    };
  }
}
