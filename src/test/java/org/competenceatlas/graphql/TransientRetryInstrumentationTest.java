package org.competenceatlas.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.GraphQL;
import graphql.schema.DataFetcher;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
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

  private DataFetcher<Integer> failingTwice(AtomicInteger calls) {
    return env -> {
      if (calls.incrementAndGet() <= 2) {
        throw new TransientDataAccessResourceException("deadlock detected");
      }
      return 42;
    };
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
