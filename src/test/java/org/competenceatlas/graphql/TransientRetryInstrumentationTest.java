package org.competenceatlas.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ExecutionInput;
import graphql.GraphQL;
import graphql.execution.instrumentation.Instrumentation;
import graphql.schema.DataFetcher;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.InvalidDataAccessResourceUsageException;
import org.springframework.dao.TransientDataAccessResourceException;

class TransientRetryInstrumentationTest {

  private final AtomicInteger mutationCalls = new AtomicInteger();
  private final AtomicInteger queryCalls = new AtomicInteger();

  @Test
  void aMutationThatMeetsATransientFailureIsRunAgainUntilItSucceeds() {
    var result = graphQl(failingTwice(mutationCalls)).execute("mutation { save }");

    assertThat(result.getErrors()).isEmpty();
    assertThat(result.<Map<String, Object>>getData()).containsEntry("save", 42);
    assertThat(mutationCalls).hasValue(3);
  }

  @Test
  void aFailureHandedBackAsAFailedFutureIsRetriedToo() {
    DataFetcher<CompletableFuture<Integer>> asFuture =
        env ->
            mutationCalls.incrementAndGet() <= 2
                ? CompletableFuture.failedFuture(
                    new TransientDataAccessResourceException("deadlock detected"))
                : CompletableFuture.completedFuture(42);

    var result = graphQl(asFuture).execute("mutation { save }");

    assertThat(result.getErrors()).isEmpty();
    assertThat(result.<Map<String, Object>>getData()).containsEntry("save", 42);
    assertThat(mutationCalls).hasValue(3);
  }

  @Test
  void aQueryIsRunAgainToo() {
    var result = graphQl(failingTwice(queryCalls)).execute("{ read }");

    assertThat(result.getErrors()).isEmpty();
    assertThat(queryCalls).hasValue(3);
  }

  @Test
  void aClusterMemberThatLeftIsRetriedAsTheDriverWould() {
    DataFetcher<Integer> fetcher =
        env -> {
          if (queryCalls.incrementAndGet() == 1) {
            throw new DataAccessResourceFailureException(
                "member gone", new SessionExpiredException("the server is no longer available"));
          }
          return 42;
        };

    var result = graphQl(fetcher).execute("{ read }");

    assertThat(result.getErrors()).isEmpty();
    assertThat(queryCalls).hasValue(2);
  }

  @Test
  void aFailureTheDriverWouldNotRetryIsAnsweredAtOnce() {
    DataFetcher<Integer> fetcher =
        env -> {
          queryCalls.incrementAndGet();
          throw new InvalidDataAccessResourceUsageException(
              "syntax", new ClientException("Neo.ClientError.Statement.SyntaxError", "bad"));
        };

    var result = graphQl(fetcher).execute("{ read }");

    assertThat(result.getErrors()).hasSize(1);
    assertThat(queryCalls).hasValue(1);
  }

  @Test
  void aMutationBeyondItsLearnersQueueIsAnsweredWithARefusalLaterWithoutHoldingTheCaller()
      throws Exception {
    var admission = WriteAdmissionTest.admission(16, 1, 0, Duration.ofMillis(300));
    var writing = new CountDownLatch(1);
    var release = new CountDownLatch(1);
    DataFetcher<Integer> save =
        env -> {
          mutationCalls.incrementAndGet();
          writing.countDown();
          assertThat(release.await(30, TimeUnit.SECONDS)).isTrue();
          return 42;
        };
    var graphQl = saving(save, new TransientRetryInstrumentation(admission));
    var first =
        CompletableFuture.supplyAsync(() -> graphQl.execute("mutation { save(learnerId: \"a\") }"));
    try {
      assertThat(writing.await(10, TimeUnit.SECONDS)).isTrue();

      long started = System.nanoTime();
      var second =
          graphQl.executeAsync(
              ExecutionInput.newExecutionInput("mutation { save(learnerId: \"a\") }"));
      var returnedAfter = Duration.ofNanos(System.nanoTime() - started);
      var result = second.get(10, TimeUnit.SECONDS);
      var answeredAfter = Duration.ofNanos(System.nanoTime() - started);

      assertThat(returnedAfter).isLessThan(Duration.ofMillis(300));
      // Answered no sooner than max-wait, so a client retrying without pause is slowed on its own.
      assertThat(answeredAfter).isGreaterThanOrEqualTo(Duration.ofMillis(295));
      assertThat(result.getErrors())
          .singleElement()
          .satisfies(error -> assertThat(error.getMessage()).contains("nothing was changed"));
      assertThat(mutationCalls).hasValue(1);
    } finally {
      release.countDown();
    }
    assertThat(first.get(10, TimeUnit.SECONDS).getErrors()).isEmpty();
  }

  private DataFetcher<Integer> failingTwice(AtomicInteger calls) {
    return env -> {
      if (calls.incrementAndGet() <= 2) {
        throw new TransientDataAccessResourceException("deadlock detected");
      }
      return 42;
    };
  }

  /** A schema whose one mutation, {@code save(learnerId:)}, runs {@code save}. */
  static GraphQL saving(DataFetcher<?> save, Instrumentation instrumentation) {
    var types =
        new SchemaParser()
            .parse("type Query { read: Int } type Mutation { save(learnerId: ID!): Int }");
    var wiring =
        RuntimeWiring.newRuntimeWiring()
            .type("Query", type -> type.dataFetcher("read", env -> 1))
            .type("Mutation", type -> type.dataFetcher("save", save))
            .build();
    return GraphQL.newGraphQL(new SchemaGenerator().makeExecutableSchema(types, wiring))
        .instrumentation(instrumentation)
        .build();
  }

  private GraphQL graphQl(DataFetcher<?> fetcher) {
    var types = new SchemaParser().parse("type Query { read: Int } type Mutation { save: Int }");
    var wiring =
        RuntimeWiring.newRuntimeWiring()
            .type("Query", type -> type.dataFetcher("read", fetcher))
            .type("Mutation", type -> type.dataFetcher("save", fetcher))
            .build();
    var schema = new SchemaGenerator().makeExecutableSchema(types, wiring);
    return GraphQL.newGraphQL(schema)
        .instrumentation(new TransientRetryInstrumentation(WriteAdmissionTest.admission(16, 1, 16)))
        .build();
  }
}
