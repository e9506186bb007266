package org.competenceatlas.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.competenceatlas.common.Overload;
import org.competenceatlas.common.OverloadedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.util.LinkedMultiValueMap;
import reactor.core.publisher.Mono;

class ExecutionSlotsTest {

  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final CountDownLatch release = new CountDownLatch(1);

  @AfterEach
  void stop() {
    release.countDown();
    threads.shutdownNow();
  }

  static ExecutionSlots slots(int size, Duration maxWait) {
    return slots(size, maxWait, WriteAdmissionTest.admission(16, 1, 16), new SimpleMeterRegistry());
  }

  private static ExecutionSlots slots(
      int size, Duration maxWait, WriteAdmission admission, MeterRegistry registry) {
    var beans = new StaticListableBeanFactory();
    beans.addBean("registry", registry);
    return new ExecutionSlots(
        new ExecutionSlotsProperties(size, maxWait),
        admission,
        beans.getBeanProvider(MeterRegistry.class));
  }

  /** Writes answered within 800 ms of their arrival. */
  private static WriteAdmission answeringWrites() {
    return WriteAdmissionTest.admission(16, 1, 16, Duration.ofMillis(500), Duration.ofMillis(800));
  }

  private static WebGraphQlRequest request() {
    return request("{ me { name } }", null);
  }

  private static final String GRANT =
      "mutation { grantAccess(learnerId: \"learner-a\", grant: {grantee: \"rui\", role: ADVISER})"
          + " { id } }";

  /** A request for {@code document} that arrived at {@code arrivedNanos}, when not null. */
  private static WebGraphQlRequest request(String document, Long arrivedNanos) {
    var attributes = new HashMap<String, Object>();
    if (arrivedNanos != null) {
      attributes.put(Arrival.KEY, arrivedNanos);
    }
    return new WebGraphQlRequest(
        URI.create("http://localhost/graphql"),
        new HttpHeaders(),
        new LinkedMultiValueMap<>(),
        null,
        attributes,
        Map.<String, Object>of("query", document),
        "1",
        Locale.ENGLISH);
  }

  private final AtomicInteger ran = new AtomicInteger();
  private final WebGraphQlInterceptor.Chain counting =
      next -> {
        ran.incrementAndGet();
        return Mono.empty();
      };

  /** Sends the request on another thread, and returns once it waits for a slot. */
  private CompletableFuture<Void> waitingFor(ExecutionSlots slots, WebGraphQlRequest request)
      throws InterruptedException {
    var answer =
        CompletableFuture.runAsync(
            () -> slots.intercept(request, counting).block(Duration.ofSeconds(60)), threads);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (slots.waiting() == 0 && !answer.isDone() && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertThat(slots.waiting()).isEqualTo(1);
    return answer;
  }

  @Test
  @ExtendWith(OutputCaptureExtension.class)
  void aMutationThatCouldNoLongerBeAnsweredInTimeIsRefusedWithoutWaitingOutMaxWaitAndWritesNothing(
      CapturedOutput output) {
    var registry = new SimpleMeterRegistry();
    var slots = slots(1, Duration.ofMinutes(2), answeringWrites(), registry);
    var held = slots.take();
    long arrived = System.nanoTime() - TimeUnit.SECONDS.toNanos(2);

    // Were it to wait out max-wait, the block would give up first.
    var answer = slots.intercept(request(GRANT, arrived), counting).block(Duration.ofSeconds(30));

    assertThat(ran).hasValue(0);
    var error = answer.getErrors().get(0);
    assertThat(error.getErrorType()).isEqualTo(Overload.UNAVAILABLE);
    assertThat(error.getExtensions()).containsEntry("retryable", true);
    assertThat(error.getMessage())
        .contains("within 800 ms of its arrival")
        .contains("nothing was written");
    assertThat(answer.getResponseHeaders().getFirst("Retry-After")).isEqualTo("1");
    assertThat(registry.counter(ExecutionSlots.REFUSED_METRIC, "kind", "write").count())
        .isEqualTo(1);
    assertThat(output.getAll()).contains("graphql mutation refused: no execution slot after");
    held.handBack();
    assertThat(slots.free()).isEqualTo(1);
  }

  @Test
  void aMutationWithTimeLeftWaitsForItsSlotAndRuns() throws Exception {
    var slots = slots(1, Duration.ofMinutes(2));
    var held = slots.take();

    var answer = waitingFor(slots, request(GRANT, System.nanoTime()));
    held.handBack();
    answer.get(30, TimeUnit.SECONDS);

    assertThat(ran).hasValue(1);
  }

  @Test
  void aQueryThatArrivedLongAgoStillWaitsForItsSlotAndRuns() throws Exception {
    var slots = slots(1, Duration.ofMinutes(2), answeringWrites(), new SimpleMeterRegistry());
    var held = slots.take();
    long arrived = System.nanoTime() - TimeUnit.SECONDS.toNanos(2);
    var query = "query mutations { occupation(id: \"mutation\") { name } }";

    var answer = waitingFor(slots, request(query, arrived));
    held.handBack();
    answer.get(30, TimeUnit.SECONDS);

    assertThat(ran).hasValue(1);
  }

  @Test
  void aMutationWhoseArrivalIsUnknownWaitsMaxWaitAndIsRefusedAsAnyRequest() {
    var registry = new SimpleMeterRegistry();
    // Counted from now, 50 ms to answer would cut the wait below max-wait.
    var admission =
        WriteAdmissionTest.admission(16, 1, 16, Duration.ofMillis(500), Duration.ofMillis(50));
    var slots = slots(1, Duration.ofMillis(100), admission, registry);
    var held = slots.take();

    var answer = slots.intercept(request(GRANT, null), counting).block(Duration.ofSeconds(30));

    assertThat(ran).hasValue(0);
    assertThat(answer.getErrors().get(0).getMessage()).contains("within 100 ms; nothing was run");
    assertThat(registry.counter(ExecutionSlots.REFUSED_METRIC, "kind", "request").count())
        .isEqualTo(1);
    held.handBack();
  }

  @Test
  void noMoreRequestsExecuteAtOnceThanThereAreSlotsAndTheOthersRunWhenOneEnds() throws Exception {
    var slots = slots(2, Duration.ofSeconds(30));
    var running = new AtomicInteger();
    var most = new AtomicInteger();
    var started = new CountDownLatch(2);
    WebGraphQlInterceptor.Chain chain =
        next ->
            Mono.fromCallable(
                () -> {
                  most.accumulateAndGet(running.incrementAndGet(), Math::max);
                  started.countDown();
                  release.await(30, TimeUnit.SECONDS);
                  running.decrementAndGet();
                  return (WebGraphQlResponse) null;
                });

    var answers = new ArrayList<CompletableFuture<?>>();
    for (int i = 0; i < 5; i++) {
      answers.add(
          CompletableFuture.runAsync(
              () -> slots.intercept(request(), chain).block(Duration.ofSeconds(60)), threads));
    }
    assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
    Thread.sleep(200);
    assertThat(running).hasValue(2);
    assertThat(slots.free()).isZero();

    release.countDown();
    CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
    assertThat(most).hasValue(2);
    assertThat(slots.free()).isEqualTo(2);
  }

  @Test
  @ExtendWith(OutputCaptureExtension.class)
  void aRequestThatGetsNoSlotWithinMaxWaitIsRefusedRetryablyLoggedAndDoesNotRun(
      CapturedOutput output) {
    var slots = slots(1, Duration.ofMillis(100));
    var held = slots.take();

    var answer = slots.intercept(request(), counting).block(Duration.ofSeconds(30));

    assertThat(ran).hasValue(0);
    var error = answer.getErrors().get(0);
    assertThat(error.getErrorType()).isEqualTo(Overload.UNAVAILABLE);
    assertThat(error.getExtensions()).containsEntry("retryable", true);
    assertThat(error.getMessage()).contains("nothing was run");
    assertThat(answer.getResponseHeaders().getFirst("Retry-After")).isEqualTo("1");
    assertThat(output.getAll()).contains("graphql request refused: no execution slot after");
    held.handBack();
    assertThat(slots.free()).isEqualTo(1);
  }

  @Test
  void aWriterHandsItsSlotBackWhileItWaitsForItsLearnersTurnAndTakesItAgainToWrite()
      throws Exception {
    var slots = slots(1, Duration.ofSeconds(30));
    var admission = WriteAdmissionTest.admission(16, 1, 16, Duration.ofSeconds(30));
    var first = WriteAdmissionTest.holding(admission, "learner-a", release, threads);

    var slot = slots.take();
    var freeWhileWriting = new AtomicInteger(-1);
    var second =
        CompletableFuture.supplyAsync(
            () ->
                admission.admit(
                    "learner-a",
                    System.nanoTime(),
                    slot,
                    () -> freeWhileWriting.getAndSet(slots.free())),
            threads);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (admission.writers("learner-a") < 2 && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(admission.writers("learner-a")).isEqualTo(2);

    // A reader gets the only slot while the writer waits.
    var reader = slots.take();
    assertThat(reader).isNotNull();
    reader.handBack();
    release.countDown();
    first.get(30, TimeUnit.SECONDS);
    second.get(30, TimeUnit.SECONDS);
    assertThat(freeWhileWriting).hasValue(0);
    slot.handBack();
    assertThat(slots.free()).isEqualTo(1);
  }

  @Test
  void onceAWriteOfARequestIsRefusedItsLaterWritesAreRefusedAtOnceAndWriteNothing()
      throws Exception {
    var slots = slots(2, Duration.ofSeconds(30));
    var admission = WriteAdmissionTest.admission(16, 1, 0, Duration.ofSeconds(30));
    WriteAdmissionTest.holding(admission, "learner-a", release, threads);
    var slot = slots.take();
    var wrote = new AtomicInteger();

    var first =
        admission.admit(
            "learner-a",
            System.nanoTime() - TimeUnit.SECONDS.toNanos(30),
            slot,
            wrote::incrementAndGet);
    assertThatThrownBy(() -> ((CompletableFuture<?>) first).get(10, TimeUnit.SECONDS))
        .hasCauseInstanceOf(OverloadedException.class);

    // Learner B has no other writer, so only the earlier refusal stops this write.
    assertThatThrownBy(
            () -> admission.admit("learner-b", System.nanoTime(), slot, wrote::incrementAndGet))
        .isInstanceOfSatisfying(
            OverloadedException.class,
            refused -> {
              assertThat(refused.classification()).isEqualTo(Overload.UNAVAILABLE);
              assertThat(refused.getMessage()).contains("this change was not made either");
            });
    assertThat(wrote).hasValue(0);
    assertThat(admission.writers("learner-b")).isZero();
    var another = slots.take();
    assertThat(admission.admit("learner-b", System.nanoTime(), another, wrote::incrementAndGet))
        .isEqualTo(1);
  }

  @Test
  void aWriteRefusedAfterWaitingForItsTurnMarksItsRequestButARequestWithoutASlotIsNeverMarked()
      throws Exception {
    var slots = slots(2, Duration.ofSeconds(30));
    var admission = WriteAdmissionTest.admission(16, 1, 16, Duration.ofMillis(100));
    WriteAdmissionTest.holding(admission, "learner-a", release, threads);
    var slot = slots.take();
    var wrote = new AtomicInteger();

    assertThatThrownBy(
            () -> admission.admit("learner-a", System.nanoTime(), slot, wrote::incrementAndGet))
        .isInstanceOf(OverloadedException.class);
    assertThatThrownBy(
            () ->
                admission.admit(
                    "learner-a",
                    System.nanoTime(),
                    ExecutionSlots.Slot.NONE,
                    wrote::incrementAndGet))
        .isInstanceOf(OverloadedException.class);

    assertThat(slot.wasRefused()).isTrue();
    assertThat(ExecutionSlots.Slot.NONE.wasRefused()).isFalse();
    assertThat(
            admission.admit(
                "learner-b", System.nanoTime(), ExecutionSlots.Slot.NONE, wrote::incrementAndGet))
        .isEqualTo(1);
  }
}
