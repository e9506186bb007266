package org.competenceatlas.learner;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.competenceatlas.common.TransientRetry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the access log behind the requests it describes. A line is stamped when the access happens
 * and queued; one thread writes what has gathered every {@code flush-interval}, in one transaction.
 * Reads of a learner by advisers and assessors thus cost no write transaction of their own, and
 * many of them no longer queue on the learner node's lock, which each line's relationship takes.
 * Whoever reads the log, an export or an erasure first calls {@link #flush()}, so they see every
 * line this instance has taken. The price: a line of another instance shows up to one interval
 * later, and a crash loses the lines of the last interval; a flush interval of 0 writes each line
 * in the request's own transaction instead.
 */
@Component
class AccessLogWriter implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(AccessLogWriter.class);
  private static final int BATCH = 1_000;

  /** One line of a learner's access log. */
  record Line(
      String id, ZonedDateTime at, String learnerId, String actor, String action, String detail) {}

  private final AccessRepository repository;
  private final TransactionTemplate transactions;
  private final AccessLogProperties properties;
  private final BlockingQueue<Line> pending;
  private final ReentrantLock writing = new ReentrantLock();
  private final List<Line> unwritten = new ArrayList<>();
  private ScheduledExecutorService scheduler;
  private volatile boolean running;

  AccessLogWriter(
      AccessRepository repository,
      PlatformTransactionManager transactionManager,
      AccessLogProperties properties) {
    this.repository = repository;
    this.transactions = new TransactionTemplate(transactionManager);
    this.properties = properties;
    this.pending = new LinkedBlockingQueue<>(Math.max(1, properties.maxPending()));
  }

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
      repository.record(List.of(line));
    } else if (!pending.offer(line)) {
      flush();
      repository.record(List.of(line));
    }
  }

  /** Writes every queued line now; returns when they are committed. */
  void flush() {
    writing.lock();
    try {
      pending.drainTo(unwritten);
      while (!unwritten.isEmpty()) {
        var batch = List.copyOf(unwritten.subList(0, Math.min(BATCH, unwritten.size())));
        TransientRetry.run(
            () ->
                transactions.execute(
                    status -> {
                      repository.record(batch);
                      return null;
                    }));
        unwritten.subList(0, batch.size()).clear();
      }
    } finally {
      writing.unlock();
    }
  }

  private void flushInBackground() {
    try {
      flush();
    } catch (RuntimeException e) {
      log.warn(
          "Could not write {} access-log lines yet; trying again in {}: {}",
          unwritten.size() + pending.size(),
          properties.flushInterval(),
          e.getMessage());
    }
  }

  @Override
  public synchronized void start() {
    if (scheduler == null && !properties.flushInterval().isZero()) {
      scheduler =
          Executors.newSingleThreadScheduledExecutor(
              task -> {
                var thread = new Thread(task, "access-log-writer");
                thread.setDaemon(true);
                return thread;
              });
      long interval = properties.flushInterval().toNanos();
      scheduler.scheduleWithFixedDelay(
          this::flushInBackground, interval, interval, TimeUnit.NANOSECONDS);
      running = true;
    }
  }

  /** Stops after the web server, whose phase is higher, and writes what is left. */
  @Override
  public synchronized void stop() {
    if (scheduler != null) {
      running = false;
      scheduler.shutdown();
      try {
        scheduler.awaitTermination(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      scheduler = null;
      flush();
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
