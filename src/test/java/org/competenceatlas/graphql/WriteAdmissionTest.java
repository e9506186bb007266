package org.competenceatlas.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.competenceatlas.common.Overload;
import org.competenceatlas.common.OverloadedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

class WriteAdmissionTest {

  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final CountDownLatch release = new CountDownLatch(1);

  @AfterEach
  void stop() {
    release.countDown();
    threads.shutdownNow();
  }

  static WriteAdmission admission(int total, int perLearner, int waiting) {
    return admission(total, perLearner, waiting, Duration.ofMillis(500));
  }

  static WriteAdmission admission(int total, int perLearner, int waiting, Duration maxWait) {
    return admission(total, perLearner, waiting, maxWait, Duration.ofMinutes(5));
  }

  static WriteAdmission admission(
      int total, int perLearner, int waiting, Duration maxWait, Duration answerWithin) {
    return new WriteAdmission(
        // A check trusted far longer than any test takes, so no refusal depends on its speed.
        new WriteAdmissionProperties(
            total,
            perLearner,
            waiting,
            maxWait,
            answerWithin,
            Duration.ofMinutes(10),
            Duration.ZERO),
        new StaticListableBeanFactory().getBeanProvider(MeterRegistry.class));
  }

  @Test
  void aWriterWaitsUntilItMustStartToBeAnsweredInTimeButALateOneStillOneAverageWrite() {
    var admission = admission(16, 1, 16, Duration.ofMillis(500), Duration.ofMillis(800));
    long averageWrite = Duration.ofMillis(20).toNanos();

    assertThat(admission.waitLeftNanos(System.nanoTime()))
        .isBetween(Duration.ofMillis(500).toNanos(), Duration.ofMillis(780).toNanos());
    assertThat(admission.waitLeftNanos(System.nanoTime() - TimeUnit.SECONDS.toNanos(10)))
        .isEqualTo(averageWrite);
    admission.destroy();
  }

  @Test
  void aWriterThatSpentMostOfItsTimeBeforeAdmissionIsRefusedInTimeToBeAnsweredWithinTheLimit()
      throws Exception {
    var admission = admission(16, 1, 16, Duration.ofSeconds(30), Duration.ofSeconds(1));
    holding(admission, "learner-a");
    var wrote = new AtomicInteger();
    long arrived = System.nanoTime() - TimeUnit.MILLISECONDS.toNanos(900);

    long began = System.nanoTime();
    assertThatThrownBy(() -> admission.admit("learner-a", arrived, wrote::incrementAndGet))
        .isInstanceOfSatisfying(
            OverloadedException.class,
            refused -> assertThat(refused.classification()).isEqualTo(Overload.UNAVAILABLE));

    assertThat(wrote).hasValue(0);
    // Far short of the 30 s max-wait that an admission counting from itself would have waited.
    assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(Duration.ofSeconds(15));
  }

  @Test
  @ExtendWith(OutputCaptureExtension.class)
  void atDebugAWriteSaysHowLongItTookToReachTheAdmissionAndHowLongItWaitedThere(
      CapturedOutput output) throws Exception {
    var logger = (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(WriteAdmission.class);
    var level = logger.getLevel();
    logger.setLevel(Level.DEBUG);
    try {
      var admission = admission(16, 1, 16, Duration.ofMillis(200), Duration.ofSeconds(30));
      holding(admission, "learner-a");
      long arrived = System.nanoTime() - TimeUnit.MILLISECONDS.toNanos(700);

      assertThatThrownBy(() -> admission.admit("learner-a", arrived, () -> 1))
          .isInstanceOf(OverloadedException.class);
      admission.admit("learner-b", System.nanoTime(), () -> 1);

      assertThat(output.getAll())
          .containsPattern(
              "write refused, no turn among its learner's writes: ([7-9]\\d\\d|\\d{4,}) ms from its"
                  + " arrival to the admission, (19\\d|[2-9]\\d\\d|\\d{4,}) ms waiting in it");
      // Learner B's write as well as the held one of learner A.
      assertThat(
              Pattern.compile("write started: \\d+ ms from its arrival to the admission")
                  .matcher(output.getAll())
                  .results())
          .hasSize(2);
    } finally {
      logger.setLevel(level);
    }
  }

  @Test
  void aWriterFindingTheQueueFullIsAnsweredOnceMaxWaitHasPassedSinceItsArrival() throws Exception {
    var admission = admission(16, 1, 0, Duration.ofSeconds(30));
    holding(admission, "learner-a");
    var wrote = new AtomicInteger();
    long arrived = System.nanoTime() - TimeUnit.SECONDS.toNanos(30);

    var answer =
        (CompletableFuture<?>) admission.admit("learner-a", arrived, wrote::incrementAndGet);

    assertThatThrownBy(() -> answer.get(10, TimeUnit.SECONDS))
        .hasCauseInstanceOf(OverloadedException.class);
    assertThat(wrote).hasValue(0);
  }

  @Test
  void whatARequestDoesAfterItsPacedRefusalDoesNotHoldBackAnotherClientsRefusal() throws Exception {
    var admission = admission(16, 1, 0, Duration.ofMillis(200));
    try {
      holding(admission, "learner-a");
      holding(admission, "learner-b");
      var carryOn = new CountDownLatch(1);
      var first = (CompletableFuture<?>) admission.admit("learner-a", System.nanoTime(), () -> 1);
      // As graphql-java's next mutation field would: work on the thread that fails the refusal.
      var firstCarriedOn =
          first.handle(
              (result, failure) -> {
                try {
                  carryOn.await(2, TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
                return Thread.currentThread().getName();
              });

      var second = (CompletableFuture<?>) admission.admit("learner-b", System.nanoTime(), () -> 1);

      assertThatThrownBy(() -> second.get(10, TimeUnit.SECONDS))
          .hasCauseInstanceOf(OverloadedException.class);
      assertThat(firstCarriedOn).isNotDone();
      carryOn.countDown();
      assertThat(firstCarriedOn.get(10, TimeUnit.SECONDS)).isEqualTo("write-admission-answers");
    } finally {
      admission.destroy();
    }
  }

  @Test
  void aSecondWriterOfTheSameLearnerWaitsForTheFirstAndThenWrites() throws Exception {
    var admission = admission(16, 1, 16, Duration.ofSeconds(30));
    var first = holding(admission, "learner-a");
    var order = new StringBuffer();

    var second =
        CompletableFuture.supplyAsync(
            () -> admission.admit("learner-a", System.nanoTime(), () -> order.append("second")),
            threads);
    order.append("first;");
    assertThat(second).isNotDone();
    release.countDown();

    first.get(10, TimeUnit.SECONDS);
    second.get(10, TimeUnit.SECONDS);
    assertThat(order).hasToString("first;second");
  }

  @Test
  void aWriterOfAnotherLearnerIsNotHeldUpByABusyLearner() throws Exception {
    var admission = admission(16, 1, 16, Duration.ofSeconds(30));
    holding(admission, "learner-a");

    var other = admission.admit("learner-b", System.nanoTime(), () -> "written");

    assertThat(other).isEqualTo("written");
  }

  @Test
  void aWriterThatCannotGetItsTurnInTimeIsRefusedRetryablyAndWritesNothing() throws Exception {
    var admission = admission(16, 1, 16, Duration.ofMillis(100));
    holding(admission, "learner-a");
    var wrote = new AtomicInteger();

    assertRefusedRetryably(
        () -> admission.admit("learner-a", System.nanoTime(), wrote::incrementAndGet),
        "nothing was changed");
    assertThat(wrote).hasValue(0);
  }

  @Test
  void beyondTheQueueOfOneLearnerAWriterIsRefusedWhenMaxWaitHasPassedWithoutHoldingItsThread()
      throws Exception {
    var maxWait = Duration.ofMillis(300);
    var admission = admission(16, 1, 2, maxWait);
    holding(admission, "learner-a");
    for (int i = 0; i < 2; i++) {
      threads.submit(() -> admission.admit("learner-a", System.nanoTime(), () -> "late"));
    }
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (admission.writers("learner-a") < 3 && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
    assertThat(admission.writers("learner-a")).isEqualTo(3);
    var wrote = new AtomicInteger();

    long started = System.nanoTime();
    var answer = admission.admit("learner-a", System.nanoTime(), wrote::incrementAndGet);
    var returnedAfter = Duration.ofNanos(System.nanoTime() - started);

    assertThat(answer).isInstanceOf(CompletableFuture.class);
    var refusal = (CompletableFuture<?>) answer;
    assertThat(returnedAfter).isLessThan(maxWait);
    assertThatThrownBy(() -> refusal.get(10, TimeUnit.SECONDS))
        .hasCauseInstanceOf(OverloadedException.class);
    assertThat(Duration.ofNanos(System.nanoTime() - started))
        .isGreaterThanOrEqualTo(maxWait.minusMillis(5));
    assertThat(wrote).hasValue(0);
  }

  @Test
  void onlyAWriterWhoPassedTheSameCheckAMomentAgoIsRefusedUncheckedAndOnlyWhileTheQueueIsFull()
      throws Exception {
    var admission = admission(16, 1, 0, Duration.ofSeconds(30));
    var checked = new WriteAdmission.Writer("fatima", "grantAccess", "learner-a");
    var otherField = new WriteAdmission.Writer("fatima", "revokeAccess", "learner-a");
    var otherUser = new WriteAdmission.Writer("rui", "grantAccess", "learner-a");
    admission.accessChecked(checked);

    assertThat(admission.refusableUnchecked(checked)).isFalse();
    holding(admission, "learner-a");

    assertThat(admission.refusableUnchecked(checked)).isTrue();
    assertThat(admission.refusableUnchecked(otherField)).isFalse();
    assertThat(admission.refusableUnchecked(otherUser)).isFalse();
    assertThat(
            admission.refusableUnchecked(
                new WriteAdmission.Writer("fatima", "grantAccess", "learner-b")))
        .isFalse();
  }

  @Test
  void aCheckIsTrustedForRefusalsOnlyAsLongAsConfigured() throws Exception {
    var now = new AtomicLong();
    var admission =
        new WriteAdmission(
            trustAndPace(Duration.ofSeconds(1), Duration.ZERO),
            new StaticListableBeanFactory().getBeanProvider(MeterRegistry.class),
            now::get);
    var writer = new WriteAdmission.Writer("fatima", "grantAccess", "learner-a");
    admission.accessChecked(writer);
    holding(admission, "learner-a");

    now.set(Duration.ofMillis(900).toNanos());
    assertThat(admission.refusableUnchecked(writer)).isTrue();
    now.set(Duration.ofMillis(1_100).toNanos());
    assertThat(admission.refusableUnchecked(writer)).isFalse();
  }

  @Test
  void aZeroTrustChecksEveryTime() throws Exception {
    var admission =
        new WriteAdmission(
            trustAndPace(Duration.ZERO, Duration.ZERO),
            new StaticListableBeanFactory().getBeanProvider(MeterRegistry.class));
    var writer = new WriteAdmission.Writer("fatima", "grantAccess", "learner-a");
    admission.accessChecked(writer);
    holding(admission, "learner-a");

    assertThat(admission.refusableUnchecked(writer)).isFalse();
  }

  @Test
  void aNegativeTrustIsRefusedAtStart() {
    assertThatThrownBy(() -> trustAndPace(Duration.ofSeconds(-1), Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("refuse-unchecked-within");
  }

  @Test
  void aNegativePaceIsRefusedAtStart() {
    assertThatThrownBy(() -> trustAndPace(Duration.ZERO, Duration.ofMillis(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("min-interval-per-learner");
  }

  @Test
  void aLearnersWritesStartTheIntervalApartEvenWhenTheFirstHadLeftBeforeTheSecondCame() {
    var admission = paced(Duration.ofMillis(200), Duration.ofSeconds(2));

    long firstArrived = System.nanoTime();
    admission.admit("learner-a", firstArrived, () -> "first");
    assertThat(admission.writers("learner-a")).isZero();
    long second = (long) admission.admit("learner-a", System.nanoTime(), System::nanoTime);

    assertThat(second - firstArrived).isGreaterThanOrEqualTo(Duration.ofMillis(200).toNanos());
    admission.destroy();
  }

  @Test
  @Timeout(30)
  void aWriteThatCannotStartWithinItsWaitForItsLearnersPaceIsRefusedRetryablyAndWritesNothing() {
    var admission = paced(Duration.ofMinutes(10), Duration.ofMillis(100));
    var wrote = new AtomicInteger();
    admission.admit("learner-a", System.nanoTime(), wrote::incrementAndGet);

    assertRefusedRetryably(
        () -> admission.admit("learner-a", System.nanoTime(), wrote::incrementAndGet),
        "one every 600000 ms");
    assertThat(wrote).hasValue(1);
    assertThat(admission.writers("learner-a")).isZero();
    assertThat(admission.admit("learner-b", System.nanoTime(), wrote::incrementAndGet))
        .isEqualTo(2);
    admission.destroy();
  }

  @Test
  @Timeout(30)
  void aWriteRefusedForItsLearnersPaceGivesItsTurnBackToTheNext() throws Exception {
    var admission =
        new WriteAdmission(
            new WriteAdmissionProperties(
                16,
                2,
                16,
                Duration.ofMillis(100),
                Duration.ofMinutes(5),
                Duration.ofMinutes(10),
                Duration.ofMinutes(10)),
            new StaticListableBeanFactory().getBeanProvider(MeterRegistry.class));
    holding(admission, "learner-a");

    for (var writer : List.of("second", "third", "fourth")) {
      assertThatThrownBy(() -> admission.admit("learner-a", System.nanoTime(), () -> writer))
          .as(writer)
          .isInstanceOf(OverloadedException.class)
          .hasMessageContaining("faster than one every");
    }
    admission.destroy();
  }

  @Test
  void writesThatNameNoLearnerAreNotPaced() {
    var admission = paced(Duration.ofMinutes(10), Duration.ofMillis(100));

    admission.admit(null, System.nanoTime(), () -> "created");

    assertThat(admission.admit(null, System.nanoTime(), () -> "created again"))
        .isEqualTo("created again");
    admission.destroy();
  }

  private static void assertRefusedRetryably(ThrowingCallable write, String saying) {
    assertThatThrownBy(write)
        .isInstanceOfSatisfying(
            OverloadedException.class,
            refused -> {
              assertThat(refused.classification()).isEqualTo(Overload.UNAVAILABLE);
              assertThat(refused.retryAfterSeconds()).isPositive();
              assertThat(refused.getMessage()).contains(saying);
            });
  }

  /** One writer per learner and none waiting, with the given trust in a check and pace. */
  private static WriteAdmissionProperties trustAndPace(Duration trust, Duration pace) {
    return new WriteAdmissionProperties(
        16, 1, 0, Duration.ofSeconds(30), Duration.ofMinutes(5), trust, pace);
  }

  private static WriteAdmission paced(Duration interval, Duration maxWait) {
    return new WriteAdmission(
        new WriteAdmissionProperties(
            16, 1, 16, maxWait, Duration.ofMinutes(5), Duration.ofMinutes(10), interval),
        new StaticListableBeanFactory().getBeanProvider(MeterRegistry.class));
  }

  @Test
  void allWritersTogetherAreBoundedWhateverTheLearner() throws Exception {
    var admission = admission(2, 1, 16, Duration.ofMillis(100));
    holding(admission, "learner-a");
    holding(admission, "learner-b");

    assertThatThrownBy(() -> admission.admit("learner-c", System.nanoTime(), () -> "third"))
        .isInstanceOf(OverloadedException.class);
    assertThatThrownBy(() -> admission.admit(null, System.nanoTime(), () -> "unnamed"))
        .isInstanceOf(OverloadedException.class);
  }

  @Test
  void aLearnerWhoseWritersAreDoneLeavesNothingBehind() {
    var admission = admission(16, 1, 16);

    admission.admit("learner-a", System.nanoTime(), () -> "written");
    assertThatThrownBy(
            () ->
                admission.admit(
                    "learner-a",
                    System.nanoTime(),
                    () -> {
                      throw new IllegalStateException("failed write");
                    }))
        .isInstanceOf(IllegalStateException.class);

    assertThat(admission.writers("learner-a")).isZero();
  }

  /** Starts a write of {@code learnerId} that lasts until the test releases it. */
  private CompletableFuture<Object> holding(WriteAdmission admission, String learnerId)
      throws InterruptedException {
    return holding(admission, learnerId, release, threads);
  }

  /**
   * Starts a write of {@code learnerId} on {@code threads} that holds its turn until {@code
   * release} opens, and returns once the write has its turn.
   */
  static CompletableFuture<Object> holding(
      WriteAdmission admission, String learnerId, CountDownLatch release, Executor threads)
      throws InterruptedException {
    var admitted = new CountDownLatch(1);
    var future =
        CompletableFuture.supplyAsync(
            () ->
                admission.admit(
                    learnerId,
                    System.nanoTime(),
                    () -> {
                      admitted.countDown();
                      try {
                        release.await(2, TimeUnit.MINUTES);
                      } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                      }
                      return "held";
                    }),
            threads);
    assertThat(admitted.await(30, TimeUnit.SECONDS)).isTrue();
    return future;
  }
}
