package org.competenceatlas.limits;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import reactor.core.publisher.Mono;

/**
 * Stops a request that runs longer than the timeout and answers it with a TIMEOUT error. Spring's
 * TimeoutWebGraphQlInterceptor answers HTTP 503 without a body instead, which reads as a server
 * fault rather than a request that asked too much. Cancelling the execution input makes
 * graphql-java fetch no further field; a database call already running finishes first.
 */
class TimeoutInterceptor implements WebGraphQlInterceptor {

  private final Duration timeout;

  TimeoutInterceptor(Duration timeout) {
    this.timeout = timeout;
  }

  @Override
  public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
    var input = new AtomicReference<ExecutionInput>();
    request.configureExecutionInput(
        (executionInput, builder) -> {
          var built = builder.build();
          input.set(built);
          return built;
        });
    return chain
        .next(request)
        .timeout(timeout, Mono.fromSupplier(() -> timedOut(request, input.get())));
  }

  private WebGraphQlResponse timedOut(WebGraphQlRequest request, ExecutionInput input) {
    if (input != null) {
      input.cancel();
    }
    var error =
        LimitExceeded.TIMEOUT.error(
            "The request ran longer than "
                + timeout.toMillis()
                + " ms, the most allowed ("
                + GraphQlLimitsProperties.TIMEOUT
                + "), and was stopped. Ask for less, such as fewer results per page.",
            GraphQlLimitsProperties.TIMEOUT,
            timeout.toString(),
            null);
    var result = ExecutionResult.newExecutionResult().addError(error).build();
    return new WebGraphQlResponse(
        new DefaultExecutionGraphQlResponse(
            input != null ? input : request.toExecutionInput(), result));
  }
}
