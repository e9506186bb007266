package org.competenceatlas.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.competenceatlas.SeedWorldIds;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A real HTTP request's arrival, noted before its body came, reaches the write admission: a
 * mutation whose body arrived long after its headers is refused at once when its learner is busy,
 * instead of waiting its turn as if it had just arrived. A context of its own, since the shared one
 * waits a minute on purpose (application-test.yml).
 */
@SpringBootTest(
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
      "atlas.writes.answer-within=15s",
      "atlas.writes.max-wait=60s",
      // The body comes after a pause longer than the usual 10 s a connection may stay silent.
      "server.tomcat.connection-timeout=120s"
    })
@ActiveProfiles("test")
class ArrivalWiringTest {

  private static final Duration BODY_DELAY = Duration.ofSeconds(20);

  @LocalServerPort int port;
  @Autowired WriteAdmission admission;

  @Test
  void aWriterWhoseBodyCameLateIsRefusedAtOnceWhileItsLearnerIsBusy() throws Exception {
    var release = new CountDownLatch(1);
    var holder =
        WriteAdmissionTest.holding(
            admission, SeedWorldIds.SANNE, release, ForkJoinPool.commonPool());
    try {
      var body =
          ("{\"query\":\"mutation { grantAccess(learnerId: \\\""
                  + SeedWorldIds.SANNE
                  + "\\\", grant: {grantee: \\\"rui\\\", role: ADVISER}) { id } }\"}")
              .getBytes(StandardCharsets.UTF_8);
      try (var socket = new Socket("127.0.0.1", port)) {
        socket.setSoTimeout(45_000);
        var out = socket.getOutputStream();
        out.write(
            ("POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Connection: close\r\nAuthorization: Basic "
                    + Base64.getEncoder()
                        .encodeToString("sanne:atlas-demo".getBytes(StandardCharsets.UTF_8))
                    + "\r\nContent-Length: "
                    + body.length
                    + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        Thread.sleep(BODY_DELAY.toMillis());
        long sent = System.nanoTime();
        out.write(body);
        out.flush();
        var answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(answer).contains("\"classification\":\"UNAVAILABLE\"");
        // Counted from the body, the wait would have lasted answer-within, 15 s.
        assertThat(Duration.ofNanos(System.nanoTime() - sent)).isLessThan(Duration.ofSeconds(10));
      }
    } finally {
      release.countDown();
      holder.get(30, TimeUnit.SECONDS);
    }
  }
}
