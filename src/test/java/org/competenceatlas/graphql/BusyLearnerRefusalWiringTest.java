package org.competenceatlas.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.execution.instrumentation.ChainedInstrumentation;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.competenceatlas.AtlasTest;
import org.competenceatlas.DemoUsers;
import org.competenceatlas.SeedWorldIds;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.GraphQlSource;

/** The refusal of a busy learner's writers as the application installs it. */
@AtlasTest
class BusyLearnerRefusalWiringTest {

  @LocalServerPort int port;
  @Autowired WriteAdmission admission;
  @Autowired GraphQlSource graphQlSource;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void theRefusalWrapsEveryOtherInstrumentationTheAccessCheckIncluded() {
    var chain = (ChainedInstrumentation) graphQlSource.graphQl().getInstrumentation();
    var instrumentations = chain.getInstrumentations();

    assertThat(instrumentations.get(instrumentations.size() - 1))
        .isInstanceOf(BusyLearnerRefusal.class);
  }

  @Test
  void whileSannesQueueIsFullSomeoneWithoutAccessIsToldTheyMayNotRatherThanThatSheIsBusy()
      throws Exception {
    // A blank title passes the access check and is refused by the write, which changes nothing.
    var blank =
        "mutation { addExperience(learnerId: \\\""
            + SeedWorldIds.SANNE
            + "\\\", input: {kind: INFORMAL, context: CARE, title: \\\" \\\","
            + " startDate: \\\"2020-01-01\\\"}) { id } }";
    assertThat(send(blank, DemoUsers.SANNE)).contains("must not be empty");
    var release = new CountDownLatch(1);
    var holder =
        WriteAdmissionTest.holding(
            admission, SeedWorldIds.SANNE, release, ForkJoinPool.commonPool());
    var waiting = new ArrayList<CompletableFuture<Object>>();
    try {
      for (int i = 0; i < 16; i++) {
        waiting.add(
            CompletableFuture.supplyAsync(
                () -> admission.admit(SeedWorldIds.SANNE, System.nanoTime(), () -> "waited")));
      }
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (admission.writers(SeedWorldIds.SANNE) < 17 && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertThat(admission.writers(SeedWorldIds.SANNE)).isEqualTo(17);

      var answer = send(blank, DemoUsers.DAAN);

      assertThat(answer).contains("FORBIDDEN").doesNotContain("retryable");
    } finally {
      release.countDown();
      holder.get(30, TimeUnit.SECONDS);
      for (var writer : waiting) {
        writer.get(60, TimeUnit.SECONDS);
      }
    }
  }

  private String send(String query, String user) throws Exception {
    var request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
            .timeout(Duration.ofSeconds(90))
            .header("Content-Type", "application/json")
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString(
                            (user + ":" + DemoUsers.PASSWORD).getBytes(StandardCharsets.UTF_8)))
            .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"" + query + "\"}"))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
  }
}
