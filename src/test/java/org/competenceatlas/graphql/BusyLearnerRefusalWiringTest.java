package org.competenceatlas.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.execution.instrumentation.ChainedInstrumentation;
import java.util.ArrayList;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.competenceatlas.AtlasTest;
import org.competenceatlas.DemoUsers;
import org.competenceatlas.SeedWorldIds;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.observation.GraphQlObservationInstrumentation;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** The refusal of a busy learner's writers as the application installs it. */
@AtlasTest
class BusyLearnerRefusalWiringTest {

  // A blank title passes the access check and is refused by the write, which changes nothing.
  private static final String BLANK_EXPERIENCE =
      """
      mutation ($learnerId: ID!) {
        addExperience(learnerId: $learnerId,
            input: {kind: INFORMAL, context: CARE, title: " ", startDate: "2020-01-01"}) { id }
      }""";

  @Autowired WriteAdmission admission;
  @Autowired GraphQlSource graphQlSource;
  @Autowired HttpGraphQlTester graphQl;

  @Test
  void theRefusalWrapsTheAccessCheckAndSpringsObservationWrapsTheRefusal() {
    var chain = (ChainedInstrumentation) graphQlSource.graphQl().getInstrumentation();
    var instrumentations = chain.getInstrumentations();
    int last = instrumentations.size() - 1;
    var names =
        instrumentations.stream()
            .map(instrumentation -> instrumentation.getClass().getSimpleName())
            .toList();

    // Each instrumentation wraps those before it in the chain.
    assertThat(instrumentations.get(last)).isInstanceOf(GraphQlObservationInstrumentation.class);
    assertThat(instrumentations.get(last - 1)).isInstanceOf(BusyLearnerRefusal.class);
    assertThat(names.indexOf("AccessInstrumentation"))
        .isGreaterThan(names.indexOf("TransientRetryInstrumentation"))
        .isLessThan(last - 1);
  }

  @Test
  void whileSannesQueueIsFullSomeoneWithoutAccessIsToldTheyMayNotRatherThanThatSheIsBusy()
      throws Exception {
    blankExperienceBy(DemoUsers.SANNE)
        .satisfy(errors -> assertThat(errors.get(0).getMessage()).contains("must not be empty"));
    var release = new CountDownLatch(1);
    // A thread each: the writers block while they wait for their turn.
    var threads = Executors.newFixedThreadPool(17);
    var holder = WriteAdmissionTest.holding(admission, SeedWorldIds.SANNE, release, threads);
    var waiting = new ArrayList<CompletableFuture<Object>>();
    try {
      for (int i = 0; i < 16; i++) {
        waiting.add(
            CompletableFuture.supplyAsync(
                () -> admission.admit(SeedWorldIds.SANNE, System.nanoTime(), () -> "waited"),
                threads));
      }
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (admission.writers(SeedWorldIds.SANNE) < 17 && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertThat(admission.writers(SeedWorldIds.SANNE)).isEqualTo(17);

      blankExperienceBy(DemoUsers.DAAN)
          .satisfy(
              errors -> {
                assertThat(errors).hasSize(1);
                assertThat(errors.get(0).getErrorType()).hasToString("FORBIDDEN");
                assertThat(errors.get(0).getExtensions()).doesNotContainKey("retryable");
              });
    } finally {
      release.countDown();
      holder.get(30, TimeUnit.SECONDS);
      for (var writer : waiting) {
        writer.get(60, TimeUnit.SECONDS);
      }
      threads.shutdown();
    }
  }

  private GraphQlTester.Errors blankExperienceBy(String user) {
    return DemoUsers.as(graphQl, user)
        .document(BLANK_EXPERIENCE)
        .variable("learnerId", SeedWorldIds.SANNE)
        .execute()
        .errors();
  }
}
