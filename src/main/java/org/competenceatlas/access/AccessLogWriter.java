package org.competenceatlas.access;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.competenceatlas.common.Overload;
import org.competenceatlas.common.OverloadedException;
import org.competenceatlas.common.TransientRetry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes access-log lines together, and answers each request only once its line is committed (a
 * group commit): one thread takes every line that has gathered while it wrote the previous batch
 * and writes them in one transaction. So a read by an adviser costs no write transaction of its
 * own, and no line of an answered request can be lost in a crash. Lines are nodes of their own,
 * found by the learner's id, not relationships of the learner's node: writing them takes no lock
 * that the learner's own changes need (docs/reliability.md, "Hot paths write little").
 *
 * <p>An erasure runs inside {@link #whileNoLineIsWrittenAbout} its learner: a batch that read the
 * learner before the erasure commits then cannot add a line after it, and lines about everyone else
 * go on being written meanwhile.
 */
@Component
class AccessLogWriter implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(AccessLogWriter.class);
  private static final int BATCH = 1_000;

  /** One line of a learner's access log. */
  record Line(
      String id, ZonedDateTime at, String learnerId, String actor, String action, String detail) {}

  private record Pending(Line line, CompletableFuture<Void> written) {}

  private record Refuser(String learnerId, String actor) {}

  /** The refusals of one caller about one learner since the window opened, beyond the first. */
  private record Tally(ZonedDateTime opened, ZonedDateTime last, int more, Set<String> fields) {
    Tally plus(ZonedDateTime at, String field) {
      var seen = new TreeSet<>(fields);
      if (seen.size() < MAX_FIELDS_NAMED) {
        seen.add(field);
      }
      return new Tally(opened, at, more + 1, seen);
    }
  }

  private static final int MAX_FIELDS_NAMED = 10;
  private static final int MAX_REFUSERS = 10_000;

  /** How often the writer looks for refusal windows that are due, busy or not. */
  private static final long WINDOW_CHECK_NANOS = Duration.ofSeconds(1).toNanos();

  private final AccessRepository repository;
  private final TransactionTemplate transactions;
  private final AccessLogProperties properties;
  private final BlockingQueue<Pending> queue;
  private final ReentrantLock writing = new ReentrantLock();
  private final Condition erasureEnded = writing.newCondition();

  /** Learners being erased now, each with the number of erasures in progress. */
  private final Map<String, Integer> erasing = new ConcurrentHashMap<>();

  /** Lines of the writer's batches held back while their learner is being erased. */
  private final List<Pending> heldBack = new ArrayList<>();

  private final Map<Refuser, Tally> refusals = new ConcurrentHashMap<>();

  /**
   * Refusal lines handed to the writer by threads that must not wait for them, at most {@code
   * max-pending}; the writer takes at most a batch of them between two batches of the queue.
   */
  private final ConcurrentLinkedQueue<Line> handedOver = new ConcurrentLinkedQueue<>();

  private final AtomicInteger handedOverCount = new AtomicInteger();

  private final Object lifecycle = new Object();
  private volatile Thread writer;
  private volatile boolean running;

  AccessLogWriter(
      AccessRepository repository,
      PlatformTransactionManager transactionManager,
      AccessLogProperties properties) {
    this.repository = repository;
    this.transactions = new TransactionTemplate(transactionManager);
    // Lines are written on the caller's thread while the writer is not running: never as part of
    // the caller's transaction, which may be read-only or roll back.
    this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.properties = properties;
    this.queue = new ArrayBlockingQueue<>(Math.max(1, properties.maxPending()));
  }

  /**
   * Records a line and returns once it is committed.
   *
   * @throws OverloadedException when the line cannot be written within {@code max-wait}: the
   *     request must then not be answered as if it had been logged
   */
  void record(String learnerId, String actor, String action, String detail) {
    var line =
        new Line(
            UUID.randomUUID().toString(),
            ZonedDateTime.now(ZoneOffset.UTC),
            learnerId,
            actor,
            action,
            detail);
    if (!running) {
      writeOnceNotErasing(List.of(line));
      return;
    }
    var pending = new Pending(line, new CompletableFuture<>());
    long deadline = System.nanoTime() + properties.maxWait().toNanos();
    try {
      if (!queue.offer(pending, properties.maxWait().toNanos(), TimeUnit.NANOSECONDS)) {
        throw busy();
      }
      pending.written().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      throw busy();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw busy();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /**
   * Records a refused attempt at a bounded rate: the first refusal of a caller about a learner is
   * handed to the writer at once; further ones within {@code refusal-window} are only counted, and
   * written as one line when the window closes ("23 more refused attempts by X between t1 and t2").
   * So the evidence stays, and a flood of refusals cannot flood the learner's log. The caller does
   * not wait for the line: a refusal about a learner who exists must answer as fast, and as
   * FORBIDDEN, as one about an id that names nobody, even while the log is busy.
   */
  void refused(String learnerId, String actor, String field) {
    var now = ZonedDateTime.now(ZoneOffset.UTC);
    var key = new Refuser(learnerId, actor);
    if (refusals.size() >= MAX_REFUSERS && !refusals.containsKey(key)) {
      // Too many callers refused at once to tally each: close every window now.
      handOver(takeClosingLines(tally -> true, any -> true));
    }
    var first = new boolean[1];
    refusals.compute(
        key,
        (k, tally) -> {
          if (tally == null) {
            first[0] = true;
            return new Tally(now, now, 0, Set.of());
          }
          return tally.plus(now, field);
        });
    if (first[0]) {
      handOver(
          List.of(new Line(UUID.randomUUID().toString(), now, learnerId, actor, "REFUSED", field)));
    }
  }

  /**
   * Writes one line for each window opened before {@code now} minus the window, and closes it;
   * returns once those lines are committed.
   */
  void closeRefusalWindows(ZonedDateTime now) {
    var handed = new ArrayList<Line>();
    for (var line = takeHandedOver(); line != null; line = takeHandedOver()) {
      handed.add(line);
    }
    writeClosingLines(handed);
    closeDueWindows(now);
  }

  private void closeDueWindows(ZonedDateTime now) {
    var due = now.minus(properties.refusalWindow());
    writeClosingLines(takeClosingLines(tally -> !tally.opened().isAfter(due), any -> true));
  }

  /**
   * A grant or a revocation changes who may read the learner's data, so the next refusal about them
   * is news again: their open windows close now. Their lines are left to the writer, since the
   * caller holds the learner's lock in its own transaction and must neither wait for the log nor
   * take the lines into that transaction.
   */
  void closeRefusalWindowsOf(String learnerId) {
    handOver(takeClosingLines(tally -> true, key -> key.learnerId().equals(learnerId)));
  }

  private void handOver(List<Line> lines) {
    if (lines.isEmpty()) {
      return;
    }
    if (!running) {
      writeClosingLines(lines);
      return;
    }
    for (var line : lines) {
      if (handedOverCount.incrementAndGet() > Math.max(1, properties.maxPending())) {
        handedOverCount.decrementAndGet();
        log.warn(
            "Refusal line about {} by {} dropped: more than {} refusal lines wait to be written",
            line.learnerId(),
            line.actor(),
            properties.maxPending());
      } else {
        handedOver.add(line);
      }
    }
  }

  /** Removes the windows that close and returns one line for each that counted a refusal. */
  private List<Line> takeClosingLines(Predicate<Tally> due, Predicate<Refuser> about) {
    var lines = new ArrayList<Line>();
    for (var key : List.copyOf(refusals.keySet())) {
      if (!about.test(key)) {
        continue;
      }
      var closed = new Tally[1];
      refusals.computeIfPresent(
          key,
          (k, tally) -> {
            if (!due.test(tally)) {
              return tally;
            }
            closed[0] = tally;
            return null;
          });
      if (closed[0] != null && closed[0].more() > 0) {
        var tally = closed[0];
        lines.add(
            new Line(
                UUID.randomUUID().toString(),
                tally.last(),
                key.learnerId(),
                key.actor(),
                "REFUSED",
                tally.more()
                    + " more refused attempts between "
                    + tally.opened()
                    + " and "
                    + tally.last()
                    + (tally.fields().isEmpty()
                        ? ""
                        : " (" + String.join(", ", tally.fields()) + ")")));
      }
    }
    return lines;
  }

  private void writeClosingLines(List<Line> lines) {
    boolean onWriter = Thread.currentThread() == writer;
    for (int from = 0; from < lines.size(); from += BATCH) {
      var chunk = lines.subList(from, Math.min(lines.size(), from + BATCH));
      try {
        if (onWriter) {
          for (var line : writeUnlessErasing(chunk)) {
            handedOverCount.incrementAndGet();
            handedOver.add(line);
          }
        } else {
          writeOnceNotErasing(chunk);
        }
      } catch (RuntimeException e) {
        log.warn("Could not write {} refusal tally lines: {}", chunk.size(), e.getMessage());
      }
    }
  }

  /**
   * Runs {@code work}, an erasure of the learner, while no line about them is written: a batch that
   * read the learner before the erasure commits could otherwise add a line after it. Lines about
   * other learners go on being written; lines about this one wait until {@code work} returns.
   */
  <T> T whileNoLineIsWrittenAbout(String learnerId, Supplier<T> work) {
    // Taken under the lock that every write holds, so a batch that began before it ends first.
    writing.lock();
    try {
      erasing.merge(learnerId, 1, Integer::sum);
    } finally {
      writing.unlock();
    }
    try {
      return work.get();
    } finally {
      writing.lock();
      try {
        erasing.computeIfPresent(learnerId, (id, count) -> count == 1 ? null : count - 1);
        erasureEnded.signalAll();
      } finally {
        writing.unlock();
      }
    }
  }

  private static OverloadedException busy() {
    return new OverloadedException(
        Overload.UNAVAILABLE,
        "The access log could not record this request in time, so it was not answered. Send the"
            + " same request again after the time in retryAfterSeconds.",
        Duration.ofSeconds(1));
  }

  /** Writes the lines whose learner is not being erased, and returns the others. */
  private List<Line> writeUnlessErasing(List<Line> lines) {
    writing.lock();
    try {
      var now = new ArrayList<Line>(lines.size());
      var later = new ArrayList<Line>();
      for (var line : lines) {
        (erasing.containsKey(line.learnerId()) ? later : now).add(line);
      }
      commit(now);
      return later;
    } finally {
      writing.unlock();
    }
  }

  /** For threads other than the writer, which may wait: writes the lines once none is held back. */
  private void writeOnceNotErasing(List<Line> lines) {
    writing.lock();
    try {
      while (lines.stream().anyMatch(line -> erasing.containsKey(line.learnerId()))) {
        erasureEnded.awaitUninterruptibly();
      }
      commit(lines);
    } finally {
      writing.unlock();
    }
  }

  private void commit(List<Line> lines) {
    if (lines.isEmpty()) {
      return;
    }
    TransientRetry.run(
        () ->
            transactions.execute(
                status -> {
                  repository.record(lines);
                  return null;
                }));
  }

  private void writeBatches() {
    var batch = new ArrayList<Pending>();
    boolean interrupted = false;
    long nextWindowCheck = System.nanoTime();
    while (true) {
      if (!running && queue.isEmpty() && handedOver.isEmpty() && heldBack.isEmpty()) {
        synchronized (lifecycle) {
          // Decided under the lock start() takes: a start now finds no writer and begins one.
          if (!running) {
            writer = null;
            break;
          }
        }
      }
      try {
        var first = queue.poll(100, TimeUnit.MILLISECONDS);
        // Lines held back for an erasure go with the next batch, or alone after a quiet poll.
        batch.addAll(heldBack);
        heldBack.clear();
        if (first != null) {
          batch.add(first);
          queue.drainTo(batch, BATCH - 1);
        }
        if (!batch.isEmpty()) {
          var later = writeUnlessErasing(batch.stream().map(Pending::line).toList());
          for (var pending : batch) {
            if (later.contains(pending.line())) {
              heldBack.add(pending);
            } else {
              pending.written().complete(null);
            }
          }
        }
      } catch (InterruptedException e) {
        // Not set again inside the loop, or every poll would throw: what is queued is still
        // written.
        interrupted = true;
        running = false;
      } catch (Throwable e) {
        // An error (out of memory, say) must not end the thread: every request would then wait.
        log.warn("Could not write {} access-log lines: {}", batch.size(), e.toString());
        batch.forEach(pending -> pending.written().completeExceptionally(e));
      }
      batch.clear();
      try {
        writeHandedOverLines();
        // Checked by time, not only when idle: a steady stream of reads never leaves the queue
        // empty.
        if (System.nanoTime() - nextWindowCheck >= 0 && !refusals.isEmpty()) {
          closeDueWindows(ZonedDateTime.now(ZoneOffset.UTC));
          nextWindowCheck = System.nanoTime() + WINDOW_CHECK_NANOS;
        }
      } catch (Throwable e) {
        log.warn("Could not close refusal windows: {}", e.toString());
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private void writeHandedOverLines() {
    var lines = new ArrayList<Line>();
    for (var line = takeHandedOver(); line != null && lines.size() < BATCH; ) {
      lines.add(line);
      line = lines.size() < BATCH ? takeHandedOver() : null;
    }
    writeClosingLines(lines);
  }

  private Line takeHandedOver() {
    var line = handedOver.poll();
    if (line != null) {
      handedOverCount.decrementAndGet();
    }
    return line;
  }

  @Override
  public void start() {
    synchronized (lifecycle) {
      running = true;
      if (writer == null) {
        writer = new Thread(this::writeBatches, "access-log-writer");
        writer.setDaemon(true);
        writer.start();
      }
    }
  }

  /** Stops after the web server, whose phase is higher, once every queued line is written. */
  @Override
  public void stop() {
    Thread draining;
    synchronized (lifecycle) {
      draining = writer;
    }
    if (draining == null) {
      return;
    }
    closeRefusalWindows(ZonedDateTime.now(ZoneOffset.UTC).plus(properties.refusalWindow()));
    running = false;
    try {
      draining.join(Duration.ofSeconds(10).toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  @Override
  public int getPhase() {
    return SmartLifecycle.DEFAULT_PHASE - 4096;
  }
}
