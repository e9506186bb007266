package org.competenceatlas.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import org.competenceatlas.AtlasTest;
import org.competenceatlas.SeedWorldIds;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** What a Prometheus server scrapes from {@code /actuator/prometheus}. */
@AtlasTest
class MetricsEndpointTest {

  @LocalServerPort int port;
  @Autowired HttpGraphQlTester graphQl;

  @Test
  void graphQlRequestsHaveLatencyHistogramsPerOperation() throws Exception {
    graphQl.documentName("searchOccupations").variable("text", "nurse").execute();

    var scrape = scrape();

    assertThat(scrape)
        .containsPattern(
            "graphql_request_seconds_bucket\\{[^}]*graphql_operation_name=\"searchOccupations\""
                + "[^}]*graphql_outcome=\"SUCCESS\"[^}]*le=\"0\\.1")
        .containsPattern(
            "graphql_request_seconds_count\\{[^}]*graphql_operation_name=\"searchOccupations\"")
        .containsPattern("http_server_requests_seconds_bucket\\{[^}]*uri=\"/graphql\"")
        .doesNotContain("graphql_request_active_seconds_bucket");
  }

  @Test
  void aFailedRequestCountsUnderItsOperationWithARequestErrorOutcome() throws Exception {
    graphQl.documentName("learner").variable("id", "learner-nobody").execute();

    var scrape = scrape();

    assertThat(scrape)
        .containsPattern(
            "graphql_request_seconds_count\\{[^}]*graphql_operation_name=\"learner\""
                + "[^}]*graphql_outcome=\"REQUEST_ERROR\"")
        .doesNotContain("graphql_request_NOT_FOUND");
  }

  @Test
  void rootFieldsAreTimedOneByOneAndNestedFieldsAreNot() throws Exception {
    graphQl
        .documentName("transitions")
        .variable("from", java.util.Map.of("occupationId", SeedWorldIds.HOTEL_RECEPTIONIST))
        .variable("first", 3)
        .execute()
        .path("transitions.edges[0].node.strongestTransfers")
        .hasValue();

    var scrape = scrape();

    assertThat(scrape)
        .containsPattern(
            "graphql_datafetcher_seconds_count\\{[^}]*graphql_field_name=\"transitions\"")
        .doesNotContainPattern(
            "graphql_datafetcher_seconds_count\\{[^}]*graphql_field_name=\"strongestTransfers\"");
  }

  @Test
  void theNeo4jDriverPoolAndTheJvmAreMeasured() throws Exception {
    var scrape = scrape();

    assertThat(scrape)
        .contains(
            "db_client_connection_count{",
            "db_client_connection_max{",
            "db_client_connection_pending_requests{",
            "db_client_connection_wait_time_seconds_count{",
            "neo4j_db_client_transaction_commit_duration_seconds_count{",
            "jvm_memory_used_bytes{area=\"heap\"",
            "jvm_threads_live_threads",
            "process_cpu_usage");
  }

  @Test
  void aRankingOfTransitionsIsTimedByTheTransferEngine() throws Exception {
    var before = transferCount(scrape(), "transitions");

    graphQl
        .documentName("transitions")
        .variable("from", java.util.Map.of("occupationId", SeedWorldIds.HOTEL_RECEPTIONIST))
        .variable("first", 3)
        .execute()
        .path("transitions.edges[0].node.strongestTransfers")
        .hasValue();

    var scrape = scrape();
    assertThat(transferCount(scrape, "transitions")).isEqualTo(before + 1);
    assertThat(scrape)
        .containsPattern("atlas_transfer_seconds_bucket\\{[^}]*operation=\"transitions\"")
        .containsPattern("atlas_transfer_active_seconds_count\\{[^}]*operation=\"transitions\"");
  }

  /** The engine's count of timed computations of one operation so far, over all its outcomes. */
  private static long transferCount(String scrape, String operation) {
    return Pattern.compile(
            "^atlas_transfer_seconds_count\\{[^}]*operation=\"" + operation + "\"[^}]*\\} (\\S+)$",
            Pattern.MULTILINE)
        .matcher(scrape)
        .results()
        .mapToLong(line -> (long) Double.parseDouble(line.group(1)))
        .sum();
  }

  private String scrape() throws Exception {
    var request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus"))
            .header(
                "Authorization",
                "Basic "
                    + java.util.Base64.getEncoder()
                        .encodeToString(
                            ("admin:" + org.competenceatlas.DemoUsers.PASSWORD)
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8)))
            .build();
    var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }
}
