package org.competenceatlas.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import org.competenceatlas.AtlasTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Clients that send half a request body and then nothing hold connections, not Tomcat's request
 * threads: with more of them than there are threads, other requests are still answered.
 */
@AtlasTest
class SlowClientsTest {

  private static final int SLOW_CLIENTS = 250;

  @LocalServerPort int port;

  @Test
  void moreHalfSentBodiesThanRequestThreadsLeaveOtherRequestsAnswered() throws Exception {
    var slow = new ArrayList<Socket>();
    try {
      for (int i = 0; i < SLOW_CLIENTS; i++) {
        var socket = new Socket("127.0.0.1", port);
        socket
            .getOutputStream()
            .write(
                ("POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                        + "Content-Length: 200\r\n\r\n{\"query\": \"{ searchOcc")
                    .getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        slow.add(socket);
      }

      var answer =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                      .timeout(Duration.ofSeconds(55))
                      .header("Content-Type", "application/json")
                      .POST(
                          HttpRequest.BodyPublishers.ofString(
                              "{\"query\":\"{ searchOccupations(text: \\\"nurse\\\", first: 1)"
                                  + " { edges { node { id } } } }\"}"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());

      assertThat(answer.statusCode()).isEqualTo(200);
      assertThat(answer.body()).contains("occupation/nurse");
      // Answered while every slow client still waits: none of them was cut off to make room.
      assertThat(slow).allSatisfy(socket -> assertThat(unanswered(socket)).isTrue());
    } finally {
      for (var socket : slow) {
        socket.close();
      }
    }
  }

  @Test
  void aBodyWhoseSecondHalfArrivesLaterIsAnsweredWhole() throws Exception {
    var query =
        "{\"query\": \"{ searchOccupations(text: \\\"nurse\\\", first: 1) { edges { node { id } } } }\"}";
    var bytes = query.getBytes(StandardCharsets.UTF_8);
    int half = bytes.length / 2;
    try (var socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(30_000);
      var out = socket.getOutputStream();
      out.write(
          ("POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                  + "Connection: close\r\nContent-Length: "
                  + bytes.length
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.write(bytes, 0, half);
      out.flush();
      // The server reads what has come and waits for the rest without a thread; the pause only
      // makes it likely that the first half is read alone, the answer must be whole either way.
      Thread.sleep(300);
      out.write(bytes, half, bytes.length - half);
      out.flush();

      var answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

      assertThat(answer).startsWith("HTTP/1.1 200");
      assertThat(answer).contains("occupation/nurse").doesNotContain("\"errors\"");
    }
  }

  @Test
  void aBodyThatStopsIsCutOffWith408WhenTheConnectionHasBeenSilentTooLong() throws Exception {
    try (var socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(50_000);
      var out = socket.getOutputStream();
      out.write(
          ("POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                  + "Content-Length: 200\r\n\r\n{\"query\": \"{ searchOcc")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();

      var answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

      // server.tomcat.connection-timeout (10 s) comes before this profile's body-timeout (60 s).
      assertThat(answer).startsWith("HTTP/1.1 408");
      assertThat(answer)
          .contains("\"classification\":\"TIMEOUT\"")
          .contains("server.tomcat.connection-timeout");
    }
  }

  private static boolean unanswered(Socket socket) {
    try {
      socket.setSoTimeout(1);
      return socket.getInputStream().read() == -2;
    } catch (SocketTimeoutException nothingYet) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
