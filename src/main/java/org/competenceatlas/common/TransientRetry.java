package org.competenceatlas.common;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.neo4j.driver.exceptions.RetryableException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs a whole transaction again when it failed for a reason that passes, by the rule the Neo4j
 * driver applies to its managed transactions: the failure (or one of its causes) is a {@link
 * RetryableException}. That covers a deadlock Neo4j broke between two writers of the same learner
 * (the second attempt finds the first writer done), a cluster member that left or is no longer the
 * primary (the driver routes the next attempt elsewhere) and a server that is briefly unavailable.
 * Each attempt is a fresh transaction; called inside one, it runs once and leaves the retry to the
 * transaction's owner.
 */
public final class TransientRetry {

  /**
   * Few: a retry runs in the request's thread and, while it runs, holds its turn among the
   * learner's writers; a transaction that fails this often has a cause that waiting will not cure.
   */
  static final int ATTEMPTS = 4;

  private TransientRetry() {}

  public static <T> T run(Supplier<T> transaction) {
    if (TransactionSynchronizationManager.isActualTransactionActive()) {
      // A failed attempt leaves the surrounding transaction broken: only its owner can retry.
      return transaction.get();
    }
    for (int attempt = 1; ; attempt++) {
      try {
        return transaction.get();
      } catch (RuntimeException e) {
        if (attempt == ATTEMPTS || !retryable(e)) {
          throw e;
        }
        try {
          Thread.sleep(ThreadLocalRandom.current().nextLong(10, 50) * attempt);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }

  /** Whether the driver would run a managed transaction again after this failure. */
  public static boolean retryable(Throwable failure) {
    for (var cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof RetryableException) {
        return true;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    // Thrown without a driver cause by code that translates a transient failure itself.
    return failure instanceof TransientDataAccessException;
  }
}
