package org.competenceatlas.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;
import org.competenceatlas.AtlasTest;
import org.competenceatlas.DemoUsers;
import org.competenceatlas.SeedWorldIds;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.transaction.ConfigurableTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * A root query field with a learner argument, such as {@code learnerMap}, decides access and reads
 * the learner's data in one read transaction, beside the access log's own write of its line: each
 * transaction costs a request Bolt exchanges of its own (docs/benchmarks.md, "Where a learnerMap
 * request waits").
 */
@AtlasTest
class LearnerReadTransactionTest {

  private static final String ACCESS_LOG_WRITER = "access-log-writer";

  /** The web server's threads, which run a request; background work runs on threads of its own. */
  private static final String REQUEST_THREADS = "http-nio-";

  @Autowired PlatformTransactionManager transactions;
  @Autowired HttpGraphQlTester graphQl;

  record Begun(String thread, boolean readOnly) {}

  @Test
  void anAdvisersLearnerMapDecidesAccessAndReadsTheDataInOneReadTransaction() {
    var begun =
        transactionsBegunDuring(
            () ->
                DemoUsers.as(graphQl, DemoUsers.ELLA)
                    .document(
                        "query($l: ID!) { learnerMap(learnerId: $l, destinations: 3) {"
                            + " claims { id } occupations { to { id } } } }")
                    .variable("l", SeedWorldIds.SANNE)
                    .execute(),
            "learnerMap.claims");

    // The adviser's read is logged, by the writer's thread, in a transaction of its own.
    assertThat(begun).anyMatch(b -> b.thread().equals(ACCESS_LOG_WRITER) && !b.readOnly());
    assertThat(begun)
        .filteredOn(b -> b.thread().startsWith(REQUEST_THREADS))
        .containsExactly(new Begun(requestThread(begun), true));
  }

  @Test
  void anAdvisersReadOfAWholePortfolioIsOneReadTransaction() {
    var begun =
        transactionsBegunDuring(
            () ->
                DemoUsers.as(graphQl, DemoUsers.ELLA)
                    .document(
                        "query($l: ID!) { learner(id: $l) { displayName goals { id }"
                            + " experiences { id } claims { id supportedBy { id }"
                            + " evidence { id } } } }")
                    .variable("l", SeedWorldIds.SANNE)
                    .execute(),
            "learner.claims[0].supportedBy");

    assertThat(begun)
        .filteredOn(b -> !b.thread().equals(ACCESS_LOG_WRITER))
        .containsExactly(new Begun(requestThread(begun), true));
  }

  private static String requestThread(List<Begun> begun) {
    return begun.stream()
        .map(Begun::thread)
        .filter(thread -> thread.startsWith(REQUEST_THREADS))
        .findFirst()
        .orElse("no request thread began a transaction");
  }

  private List<Begun> transactionsBegunDuring(
      Supplier<GraphQlTester.Response> request, String answered) {
    var begun = new ConcurrentLinkedQueue<Begun>();
    TransactionExecutionListener listener =
        new TransactionExecutionListener() {
          @Override
          public void afterBegin(TransactionExecution transaction, Throwable beginFailure) {
            if (beginFailure == null) {
              begun.add(new Begun(Thread.currentThread().getName(), transaction.isReadOnly()));
            }
          }
        };
    var configurable = (ConfigurableTransactionManager) transactions;
    var listeners = configurable.getTransactionExecutionListeners();
    // A new list rather than an added element: background threads may be iterating the old one.
    var withThis = new ArrayList<>(listeners);
    withThis.add(listener);
    configurable.setTransactionExecutionListeners(withThis);
    try {
      request.get().path(answered).hasValue();
    } finally {
      configurable.setTransactionExecutionListeners(listeners);
    }
    return List.copyOf(begun);
  }
}
