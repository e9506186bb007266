package org.competenceatlas.limits;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.util.LinkedMultiValueMap;
import reactor.core.publisher.Mono;

/** A request that runs too long is stopped and answered with a TIMEOUT error naming the limit. */
class TimeoutInterceptorTest {

  private final TimeoutInterceptor interceptor = new TimeoutInterceptor(Duration.ofMillis(100));

  @Test
  void answersASlowRequestWithATimeoutErrorAndCancelsItsExecution() {
    var executed = new AtomicReference<ExecutionInput>();
    WebGraphQlInterceptor.Chain slow =
        request -> {
          executed.set(request.toExecutionInput());
          return Mono.never();
        };

    var response = interceptor.intercept(request(), slow).block(Duration.ofSeconds(5));

    assertThat(response.getErrors()).hasSize(1);
    var error = response.getErrors().get(0);
    assertThat(error.getErrorType()).isEqualTo(LimitExceeded.TIMEOUT);
    assertThat(error.getMessage())
        .isEqualTo(
            "The request ran longer than 100 ms, the most allowed (atlas.graphql.timeout), and"
                + " was stopped. Ask for less, such as fewer results per page.");
    assertThat(error.getExtensions())
        .containsEntry("limit", "atlas.graphql.timeout")
        .containsEntry("max", "PT0.1S");
    assertThat(executed.get().isCancelled()).isTrue();
  }

  @Test
  void passesAFastAnswerThroughUntouched() {
    var fast = new AtomicReference<WebGraphQlResponse>();
    WebGraphQlInterceptor.Chain chain =
        request -> {
          var answer =
              new WebGraphQlResponse(
                  new DefaultExecutionGraphQlResponse(
                      request.toExecutionInput(),
                      ExecutionResult.newExecutionResult().data(Map.of("a", 1)).build()));
          fast.set(answer);
          return Mono.just(answer);
        };

    var response = interceptor.intercept(request(), chain).block(Duration.ofSeconds(5));

    assertThat(response).isSameAs(fast.get());
    assertThat(response.getErrors()).isEmpty();
  }

  private static WebGraphQlRequest request() {
    return new WebGraphQlRequest(
        URI.create("http://localhost/graphql"),
        new HttpHeaders(),
        new LinkedMultiValueMap<>(),
        Map.of(),
        Map.of("query", "{ schemaVersion }"),
        "1",
        Locale.ENGLISH);
  }
}
