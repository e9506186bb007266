package org.competenceatlas.common;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.springframework.dao.TransientDataAccessException;

/**
 * Runs a whole transaction again when the database gives up on it for a reason that passes, such as
 * a deadlock Neo4j detected between two writers of the same learner: the second attempt finds the
 * first writer done. The caller must not be inside a transaction, so each attempt is a fresh one.
 */
public final class TransientRetry {

  /**
   * Few: a retry runs in the request's thread and, while it runs, holds its turn among the
   * learner's writers; a transaction that fails this often has a cause that waiting will not cure.
   */
  static final int ATTEMPTS = 4;

  private TransientRetry() {}

  public static <T> T run(Supplier<T> transaction) {
    for (int attempt = 1; ; attempt++) {
      try {
        return transaction.get();
      } catch (TransientDataAccessException e) {
        if (attempt == ATTEMPTS) {
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
}
