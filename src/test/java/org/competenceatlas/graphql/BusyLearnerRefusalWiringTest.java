package org.competenceatlas.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import graphql.execution.instrumentation.ChainedInstrumentation;
import java.time.Duration;
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

  // No judgement: refused by the write, after the admission, so nothing changes.
  private static final String EMPTY_VALIDATION =
      """
      mutation ($learnerId: ID!, $nurse: ID!) {
        recordValidation(input: {learnerId: $learnerId, function: FOR_LEARNING,
            againstId: $nurse, comment: "Observed.", judgements: []}) { id }
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

  @Test
  void aValidationNamingTheLearnerInItsInputWaitsInThatLearnersLane() throws Exception {
    var release = new CountDownLatch(1);
    var threads = Executors.newFixedThreadPool(2);
    var holder = WriteAdmissionTest.holding(admission, SeedWorldIds.SANNE, release, threads);
    var validation =
        CompletableFuture.supplyAsync(
            () ->
                DemoUsers.as(graphQl, DemoUsers.MARIEKE)
                    .document(EMPTY_VALIDATION)
                    .variable("learnerId", SeedWorldIds.SANNE)
                    .variable("nurse", SeedWorldIds.NURSE)
                    .execute()
                    .errors(),
            threads);
    try {
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> admission.writers(SeedWorldIds.SANNE) == 2 || validation.isDone());
      assertThat(validation).isNotDone();
      assertThat(admission.writers(SeedWorldIds.SANNE)).isEqualTo(2);
    } finally {
      release.countDown();
      holder.get(30, TimeUnit.SECONDS);
      validation
          .get(60, TimeUnit.SECONDS)
          .satisfy(errors -> assertThat(errors.get(0).getErrorType()).hasToString("BAD_REQUEST"));
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
