package org.competenceatlas.graphql;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import graphql.schema.DataFetchingEnvironment;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.competenceatlas.common.Actor;
import org.competenceatlas.common.LearnerArgument;
import org.competenceatlas.common.MetricNames;
import org.competenceatlas.common.Overload;
import org.competenceatlas.common.OverloadedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Lets mutations write in bounded numbers: at most {@code max-concurrent} at once in this instance,
 * and at most {@code max-concurrent-per-learner} per learner, with a short, bounded queue in front
 * of each. A mutation that cannot get its turn within {@code max-wait} is refused with a retryable
 * {@link Overload#UNAVAILABLE} error. Waiting happens here, before a transaction starts, so a
 * waiting writer holds no pooled connection and no lock that a reader or another learner's writer
 * could need: one busy learner slows only their own writes (docs/reliability.md, "Isolation"). A
 * mutation that finds its learner's queue full is answered with the same refusal once {@code
 * max-wait} has passed since its arrival, but without holding its request thread meanwhile: refused
 * at once, a client that retries without pause would turn each refusal into another request and
 * crowd out the readers. Both waits count what the request spent before it came here (its sign-in,
 * a burst of others ahead of it): a writer starts its write, or is refused, in time to be answered
 * within {@code answer-within} of its arrival, unless its write takes longer than writes have. A
 * learner's writes also start at least {@code min-interval-per-learner} apart: one at a time, a
 * learner's writes would otherwise take as much of the processors as a fast server gives them.
 */
@Component
class WriteAdmission implements DisposableBean {

  static final String REFUSED_METRIC = MetricNames.WRITES_REFUSED;
  private static final Logger log = LoggerFactory.getLogger(WriteAdmission.class);
  private static final Duration FIRST_ESTIMATE = Duration.ofMillis(20);

  /** The writers of one learner: those writing and those waiting for their turn. */
  private static final class Lane {
    final Semaphore turn;
    volatile int members;

    Lane(int permits) {
      this.turn = new Semaphore(permits, true);
    }
  }

  /** A user asking, through a mutation field, to change a learner's data. */
  record Writer(String user, String field, String learnerId) {

    /** The writer of a mutation field, or null when it names no learner or no one signed in. */
    static Writer of(DataFetchingEnvironment env, String field) {
      Actor actor = env.getGraphQlContext().getOrDefault(Actor.CONTEXT_KEY, Actor.ANONYMOUS);
      var learnerId = learnerOf(env);
      return actor.signedIn() && learnerId != null
          ? new Writer(actor.name(), field, learnerId)
          : null;
    }

    /**
     * The learner a mutation field is about: where its access rule says the arguments name it, else
     * its {@code learnerId} argument.
     */
    static String learnerOf(DataFetchingEnvironment env) {
      var directive = env.getFieldDefinition().getAppliedDirective(LearnerArgument.DIRECTIVE);
      var path = directive == null ? null : directive.getArgument(LearnerArgument.PATH_ARGUMENT);
      String dotted = path == null ? null : path.getValue();
      return LearnerArgument.in(
          LearnerArgument.path(dotted == null ? "learnerId" : dotted), env.getArguments());
    }
  }

  private final WriteAdmissionProperties properties;
  private final Cache<Writer, Boolean> checked;
  private final Semaphore total;
  private final ConcurrentHashMap<String, Lane> lanes = new ConcurrentHashMap<>();
  // When each learner's next write may start, kept until then: a lane goes with its last writer,
  // and the next writer may come after that but before the pace allows.
  private final Cache<String, Long> nextStarts =
      Caffeine.newBuilder()
          .expireAfter(Expiry.<String, Long>writing(WriteAdmission::until))
          .build();
  private final AtomicLong averageWriteNanos = new AtomicLong(FIRST_ESTIMATE.toNanos());
  private final ObjectProvider<MeterRegistry> registry;
  private final ScheduledThreadPoolExecutor refusals;
  // graphql-java carries on with a request's next mutation field, and then its answer, on the
  // thread that fails the paced refusal; that work (an access check may read the database) must not
  // hold back the one thread that times every other client's refusal.
  private final ExecutorService answers;

  @Autowired
  WriteAdmission(WriteAdmissionProperties properties, ObjectProvider<MeterRegistry> registry) {
    this(properties, registry, Ticker.systemTicker());
  }

  WriteAdmission(
      WriteAdmissionProperties properties, ObjectProvider<MeterRegistry> registry, Ticker clock) {
    this.properties = properties;
    this.checked =
        Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterWrite(properties.refuseUncheckedWithin())
            .ticker(clock)
            .build();
    this.total = new Semaphore(Math.max(1, properties.maxConcurrent()), true);
    this.registry = registry;
    this.refusals =
        new ScheduledThreadPoolExecutor(
            1,
            task -> {
              var thread = new Thread(task, "write-admission-refusals");
              thread.setDaemon(true);
              return thread;
            });
    this.refusals.setRemoveOnCancelPolicy(true);
    this.answers =
        Executors.newFixedThreadPool(
            Math.max(2, Runtime.getRuntime().availableProcessors()),
            task -> {
              var thread = new Thread(task, "write-admission-answers");
              thread.setDaemon(true);
              return thread;
            });
  }

  /**
   * Runs {@code write} once it has its turn among the writers of {@code learnerId} (null when the
   * write belongs to no existing learner) and among all writers.
   *
   * @param arrivedNanos when the request arrived, in {@link System#nanoTime()} terms
   * @return what {@code write} returned, or, when the learner's queue is full, a future that fails
   *     with the retryable refusal once {@code max-wait} has passed since the arrival
   * @throws OverloadedException when the turn does not come within {@code max-wait}, or too late to
   *     be answered within {@code answer-within} of the arrival
   */
  public <T> Object admit(String learnerId, long arrivedNanos, Supplier<T> write) {
    return admit(learnerId, arrivedNanos, ExecutionSlots.Slot.NONE, write);
  }

  /**
   * As {@link #admit(String, long, Supplier)}, for a request that holds an execution slot: the slot
   * is handed back while the write waits for its turn, and taken again before it writes, so waiting
   * writers do not keep readers from running.
   */
  <T> Object admit(
      String learnerId, long arrivedNanos, ExecutionSlots.Slot slot, Supplier<T> write) {
    long now = System.nanoTime();
    if (slot.wasRefused()) {
      // The request is answered as refused anyway, and a turn taken now would only delay it.
      traced("refused, an earlier write of its request refused", arrivedNanos, now, now);
      count("request");
      throw refusal(
          "An earlier change of this request found no turn, so this change was not made either."
              + " Send the refused changes again after the time in retryAfterSeconds.");
    }
    long deadline = now + Math.min(properties.maxWait().toNanos(), waitLeftNanos(arrivedNanos));
    var lane = learnerId == null ? null : join(learnerId);
    if (lane == null && learnerId != null) {
      return refusedAsFull(arrivedNanos, slot);
    }
    try {
      if (lane != null && !turn(lane.turn, deadline, slot)) {
        traced("refused, no turn among its learner's writes", arrivedNanos, now, System.nanoTime());
        throw refused(slot, "learner", "Other changes to this learner are still being written");
      }
      try {
        if (lane != null && !paced(learnerId, deadline, slot)) {
          traced("refused, its learner's pace", arrivedNanos, now, System.nanoTime());
          throw refused(
              slot,
              "pace",
              "This learner's changes arrive faster than one every "
                  + properties.minIntervalPerLearner().toMillis()
                  + " ms, the most this server writes for one learner");
        }
        if (!turn(total, deadline, slot)) {
          traced("refused, no turn among all writes", arrivedNanos, now, System.nanoTime());
          throw refused(slot, "total", "The server is writing as much as it can at the moment");
        }
        slot.retake();
        long started = System.nanoTime();
        traced("started", arrivedNanos, now, started);
        try {
          return write.get();
        } finally {
          total.release();
          remember(System.nanoTime() - started);
        }
      } finally {
        if (lane != null) {
          lane.turn.release();
        }
      }
    } finally {
      if (lane != null) {
        leave(learnerId);
      }
    }
  }

  /**
   * The refusal of a mutation whose learner's queue is full: a future that fails once {@code
   * max-wait} has passed since the arrival. Paced from the arrival, so a client that retries at
   * once sends one request per {@code max-wait}.
   */
  Object refusedAsFull(long arrivedNanos, ExecutionSlots.Slot slot) {
    slot.handBack();
    long now = System.nanoTime();
    traced("refused, its learner's queue full", arrivedNanos, now, now);
    return refusedLater(
        arrivedNanos + properties.maxWait().toNanos(),
        refused(slot, "learner", "Too many changes to this learner are waiting to be written"));
  }

  /** The configured {@code answer-within}. */
  Duration answerWithin() {
    return properties.answerWithin();
  }

  /**
   * How long a mutation that arrived at {@code arrivedNanos} may still wait before its write: until
   * it must start it to be answered within {@code answer-within}, allowing one average write, and
   * never less than one average write, so that a late one still gets a learner's turn about to come
   * free.
   */
  long waitLeftNanos(long arrivedNanos) {
    long averageWrite = averageWriteNanos.get();
    long left =
        arrivedNanos + properties.answerWithin().toNanos() - averageWrite - System.nanoTime();
    return Math.max(averageWrite, left);
  }

  /** Notes that the writer has passed the access check of their mutation field just now. */
  void accessChecked(Writer writer) {
    if (!properties.refuseUncheckedWithin().isZero()) {
      checked.put(writer, Boolean.TRUE);
    }
  }

  /**
   * Whether the writer's mutation can be refused before its access check: their learner's queue is
   * full, so the check could only lead to the same refusal, and they passed the same check a moment
   * ago ({@code refuse-unchecked-within}), so the refusal tells them nothing new.
   */
  boolean refusableUnchecked(Writer writer) {
    var lane = lanes.get(writer.learnerId());
    return lane != null && lane.members >= laneLimit() && checked.getIfPresent(writer) != null;
  }

  /** The writers of a learner writing or waiting now. */
  int writers(String learnerId) {
    var lane = lanes.get(learnerId);
    return lane == null ? 0 : lane.members;
  }

  @Override
  public void destroy() {
    refusals.shutdownNow();
    answers.shutdownNow();
  }

  /** Joins the learner's lane, or returns null when its queue is full. */
  private Lane join(String learnerId) {
    int limit = laneLimit();
    var full = new boolean[1];
    var lane =
        lanes.compute(
            learnerId,
            (key, existing) -> {
              var joined =
                  existing != null
                      ? existing
                      : new Lane(Math.max(1, properties.maxConcurrentPerLearner()));
              if (joined.members >= limit) {
                full[0] = true;
              } else {
                joined.members++;
              }
              return joined;
            });
    return full[0] ? null : lane;
  }

  private int laneLimit() {
    return Math.max(1, properties.maxConcurrentPerLearner()) + properties.maxWaitingPerLearner();
  }

  private CompletableFuture<Object> refusedLater(long deadline, OverloadedException refusal) {
    var answer = new CompletableFuture<>();
    refusals.schedule(
        () -> answers.execute(() -> answer.completeExceptionally(refusal)),
        Math.max(0, deadline - System.nanoTime()),
        TimeUnit.NANOSECONDS);
    return answer;
  }

  private void leave(String learnerId) {
    lanes.computeIfPresent(learnerId, (key, lane) -> --lane.members == 0 ? null : lane);
  }

  /**
   * Takes the learner's next start, {@code min-interval-per-learner} after the one taken before,
   * and waits for it with the request's slot handed back; false, taking nothing, when it would come
   * after {@code deadline}. A start taken by a write that the total bound then refuses stays taken:
   * the learner's next write waits one interval more than it had to.
   */
  private boolean paced(String learnerId, long deadline, ExecutionSlots.Slot slot) {
    long interval = properties.minIntervalPerLearner().toNanos();
    if (interval == 0) {
      return true;
    }
    var start = new long[1];
    var late = new boolean[1];
    nextStarts
        .asMap()
        .compute(
            learnerId,
            (key, next) -> {
              long now = System.nanoTime();
              boolean pending = next != null && next - now > 0;
              if (pending && next - deadline > 0) {
                late[0] = true;
                return next;
              }
              start[0] = pending ? next : now;
              return start[0] + interval;
            });
    if (late[0]) {
      return false;
    }
    if (start[0] - System.nanoTime() > 0) {
      slot.handBack();
    }
    for (long wait; (wait = start[0] - System.nanoTime()) > 0; ) {
      LockSupport.parkNanos(wait);
      if (Thread.currentThread().isInterrupted()) {
        return false;
      }
    }
    return true;
  }

  /** How long a learner's next start is worth keeping, in {@link System#nanoTime()} terms. */
  private static Duration until(String learnerId, long nextStart) {
    return Duration.ofNanos(Math.max(0, nextStart - System.nanoTime()));
  }

  /** Takes a permit, handing the request's slot back first if it has to wait for one. */
  private static boolean turn(Semaphore semaphore, long deadline, ExecutionSlots.Slot slot) {
    try {
      // A zero wait keeps the order of those already waiting, where tryAcquire() would overtake.
      if (semaphore.tryAcquire(0, TimeUnit.NANOSECONDS)) {
        return true;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
    slot.handBack();
    return acquire(semaphore, deadline);
  }

  private static boolean acquire(Semaphore semaphore, long deadline) {
    try {
      return semaphore.tryAcquire(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * At DEBUG, where a write's time went before it started or was refused: from the request's
   * arrival (sign-in, body, GraphQL's own work and the access check) to this admission, and waiting
   * here.
   */
  private static void traced(String outcome, long arrived, long admitted, long decided) {
    if (log.isDebugEnabled()) {
      log.debug(
          "write {}: {} ms from its arrival to the admission, {} ms waiting in it",
          outcome,
          (admitted - arrived) / 1_000_000,
          (decided - admitted) / 1_000_000);
    }
  }

  private void remember(long nanos) {
    averageWriteNanos.updateAndGet(average -> average + (nanos - average) / 8);
  }

  /** A refusal for lack of a turn; the request's later writes are then refused at once. */
  private OverloadedException refused(ExecutionSlots.Slot slot, String scope, String reason) {
    slot.refused();
    count(scope);
    return refusal(
        reason
            + "; nothing was changed. Send the same request again after the time in"
            + " retryAfterSeconds.");
  }

  private void count(String scope) {
    var registry = this.registry.getIfAvailable();
    if (registry != null) {
      registry.counter(REFUSED_METRIC, "scope", scope).increment();
    }
  }

  private OverloadedException refusal(String message) {
    // The queue ahead is at most a few writes long; a retry after their time usually gets through.
    var waitingAhead = Math.max(1, properties.maxWaitingPerLearner());
    var retryAfter = Duration.ofNanos(averageWriteNanos.get() * waitingAhead);
    return new OverloadedException(
        Overload.UNAVAILABLE,
        message,
        retryAfter.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : retryAfter);
  }
}
