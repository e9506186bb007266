package org.competenceatlas.limits;

import org.competenceatlas.common.Overload;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import reactor.core.publisher.Mono;

/**
 * Copies the retry hint of a retryable error ({@link Overload}) into the HTTP answer's {@code
 * Retry-After} header, where HTTP clients and proxies look for it; the answer itself stays a
 * GraphQL answer with status 200, since other fields of the same request may have succeeded.
 */
class RetryAfterInterceptor implements WebGraphQlInterceptor {

  @Override
  public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
    return chain
        .next(request)
        .doOnNext(
            response ->
                response.getErrors().stream()
                    .filter(error -> error.getErrorType() instanceof Overload)
                    .map(error -> error.getExtensions().get("retryAfterSeconds"))
                    .filter(Number.class::isInstance)
                    .mapToLong(seconds -> ((Number) seconds).longValue())
                    .max()
                    .ifPresent(
                        seconds ->
                            response
                                .getResponseHeaders()
                                .set("Retry-After", Long.toString(seconds))));
  }
}
