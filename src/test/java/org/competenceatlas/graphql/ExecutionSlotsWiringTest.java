package org.competenceatlas.graphql;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.function.IntSupplier;
import org.competenceatlas.AtlasTest;
import org.competenceatlas.DemoUsers;
import org.competenceatlas.SeedWorldIds;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Over real HTTP, mutations waiting for their learner's turn hold no execution slot: with more of
 * them waiting than there are slots, a reader is still answered at once.
 */
@AtlasTest
class ExecutionSlotsWiringTest {

  @LocalServerPort int port;
  @Autowired WriteAdmission admission;
  @Autowired ExecutionSlots slots;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void writersWaitingForTheirLearnersTurnLeaveTheSlotsToAReader() throws Exception {
    var release = new CountDownLatch(1);
    var holder =
        WriteAdmissionTest.holding(
            admission, SeedWorldIds.SANNE, release, ForkJoinPool.commonPool());
    var writers = new ArrayList<CompletableFuture<HttpResponse<String>>>();
    try {
      int waiting = slots.size() + 2;
      for (int i = 0; i < waiting; i++) {
        // A blank title is refused once the write runs, so the waiters change nothing.
        writers.add(
            send(
                "mutation { addExperience(learnerId: \\\""
                    + SeedWorldIds.SANNE
                    + "\\\", input: {kind: INFORMAL, context: CARE, title: \\\" \\\","
                    + " startDate: \\\"2020-01-01\\\"}) { id } }",
                DemoUsers.SANNE));
      }
      assertThat(eventually(() -> admission.writers(SeedWorldIds.SANNE), 1 + waiting)).isTrue();

      long asked = System.nanoTime();
      var reader =
          send(
                  "{ searchOccupations(text: \\\"nurse\\\", first: 1) { edges { node { id } } } }",
                  null)
              .get(60, TimeUnit.SECONDS);

      assertThat(reader.body()).contains("occupation/nurse");
      // Had the writers kept their slots, the reader would have waited for their 30 s max-wait.
      assertThat(Duration.ofNanos(System.nanoTime() - asked)).isLessThan(Duration.ofSeconds(10));
      assertThat(eventually(slots::free, slots.size())).isTrue();
    } finally {
      release.countDown();
      holder.get(30, TimeUnit.SECONDS);
    }
    for (var writer : writers) {
      assertThat(writer.get(60, TimeUnit.SECONDS).body()).contains("must not be empty");
    }
  }

  private CompletableFuture<HttpResponse<String>> send(String query, String user) {
    var request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
            .timeout(Duration.ofSeconds(90))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"" + query + "\"}"));
    if (user != null) {
      request.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder()
                  .encodeToString(
                      (user + ":" + DemoUsers.PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }
    return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static boolean eventually(IntSupplier value, int expected) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (value.getAsInt() != expected && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    return value.getAsInt() == expected;
  }
}
