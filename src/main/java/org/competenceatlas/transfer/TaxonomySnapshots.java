package org.competenceatlas.transfer;

import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Holds the current {@link TaxonomySnapshot}. Before handing it out it compares, at most every
 * {@code atlas.transfer.stamp-check-interval}, the graph's taxonomy stamp with the snapshot's, and
 * rebuilds on a difference: a load by this or another instance sharing the database shows up
 * without a restart. Learner data is never part of the snapshot.
 */
@Component
class TaxonomySnapshots {

  private static final Logger log = LoggerFactory.getLogger(TaxonomySnapshots.class);

  private final TransferRepository repository;
  private final TransferTimings timings;
  private final long checkIntervalNanos;
  private final boolean warmUp;
  private volatile TaxonomySnapshot current;
  private volatile long checkedAt;
  private final ReentrantLock checking = new ReentrantLock();

  TaxonomySnapshots(
      TransferRepository repository, TransferTimings timings, TransferProperties properties) {
    this.repository = repository;
    this.timings = timings;
    this.checkIntervalNanos = properties.stampCheckInterval().toNanos();
    this.warmUp = properties.warmUp();
  }

  /**
   * Readiness waits for the index, so a build that fails (the database restarting, say) is tried
   * again rather than left to a request that a not-ready instance would never receive.
   */
  void buildUntilDone() {
    long pauseMillis = 1_000;
    while (current == null) {
      try {
        current();
      } catch (RuntimeException e) {
        log.warn("Building the transfer index failed; trying again in {} ms", pauseMillis, e);
        try {
          Thread.sleep(pauseMillis);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          return;
        }
        pauseMillis = Math.min(pauseMillis * 2, 30_000);
      }
    }
  }

  /** Whether requests are answered from a built index, or the build is still to come. */
  boolean built() {
    return current != null;
  }

  /** Whether the index is built in the background at start-up rather than by the first request. */
  boolean warmsUp() {
    return warmUp;
  }

  TaxonomySnapshot current() {
    var snapshot = current;
    if (snapshot != null && System.nanoTime() - checkedAt < checkIntervalNanos) {
      return snapshot;
    }
    // One thread at a time asks the graph for its stamp, and rebuilds on a change. With an interval
    // set, the others go on with the snapshot they have instead of queueing behind that query for a
    // connection; without one (tests) every request must see the graph as it is.
    if (snapshot != null && checkIntervalNanos > 0) {
      if (!checking.tryLock()) {
        return snapshot;
      }
    } else {
      checking.lock();
    }
    try {
      snapshot = current;
      if (snapshot != null && System.nanoTime() - checkedAt < checkIntervalNanos) {
        return snapshot;
      }
      var stamp = repository.stamp();
      if (snapshot == null || !snapshot.stamp.equals(stamp)) {
        snapshot = build();
      }
      checkedAt = System.nanoTime();
      return snapshot;
    } finally {
      checking.unlock();
    }
  }

  /**
   * The current snapshot, checked against the graph's stamp like {@link #current()}, or empty while
   * none has been built yet (callers that can read the graph directly need not wait for the build).
   */
  Optional<TaxonomySnapshot> currentIfBuilt() {
    return current == null ? Optional.empty() : Optional.of(current());
  }

  /** Rebuilds now, e.g. right after this instance loaded taxonomy data. */
  TaxonomySnapshot rebuild() {
    checking.lock();
    try {
      return build();
    } finally {
      checking.unlock();
    }
  }

  private TaxonomySnapshot build() {
    long started = System.nanoTime();
    var snapshot = timings.time("index-build", repository::snapshot);
    current = snapshot;
    checkedAt = System.nanoTime();
    log.info(
        "Transfer index built in {} ms: {} outcomes, {} groups, {} occupations, {} qualifications",
        (System.nanoTime() - started) / 1_000_000,
        snapshot.outcomeCount,
        snapshot.concepts.length - snapshot.outcomeCount,
        snapshot.occupations.length,
        snapshot.qualifications.length);
    return snapshot;
  }
}
