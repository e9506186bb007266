package org.competenceatlas.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.TransientException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A transient failure is tried again outside a transaction, and left to the transaction's owner
 * inside one, where a second attempt would find the transaction broken.
 */
class TransientRetryTest {

  @AfterEach
  void noTransaction() {
    TransactionSynchronizationManager.setActualTransactionActive(false);
  }

  @Test
  void aTransientFailureOutsideATransactionIsTriedAgainUntilItPasses() {
    var attempts = new AtomicInteger();

    var result = TransientRetry.run(() -> failTwiceThenAnswer(attempts));

    assertThat(result).isEqualTo("answer");
    assertThat(attempts).hasValue(3);
  }

  @Test
  void aTransientFailureInsideATransactionIsThrownAtOnceForItsOwnerToRetry() {
    TransactionSynchronizationManager.setActualTransactionActive(true);
    var attempts = new AtomicInteger();

    assertThatThrownBy(() -> TransientRetry.run(() -> failTwiceThenAnswer(attempts)))
        .isInstanceOf(TransientException.class);
    assertThat(attempts).hasValue(1);
  }

  private static String failTwiceThenAnswer(AtomicInteger attempts) {
    if (attempts.incrementAndGet() <= 2) {
      throw new TransientException("Neo.TransientError.Transaction.DeadlockDetected", "deadlock");
    }
    return "answer";
  }
}
