package org.competenceatlas.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers HTTP 429 with {@code Retry-After} to a client that has spent its request budget, before
 * the request costs anything else (sign-in, body, GraphQL). A client is its address as the
 * container sees it; behind a proxy, {@code server.forward-headers-strategy} makes that the
 * original client's.
 */
class RequestBudgetFilter extends OncePerRequestFilter {

  private final RequestBudgetProperties properties;
  private final Cache<String, Bucket> buckets;

  RequestBudgetFilter(RequestBudgetProperties properties) {
    this.properties = properties;
    this.buckets =
        Caffeine.newBuilder()
            .maximumSize(properties.maxClients())
            // A bucket left alone this long is full again: forgetting it changes nothing.
            .expireAfterAccess(refillTime())
            .build();
  }

  private Duration refillTime() {
    long seconds = Math.max(1, properties.burst() / Math.max(1, properties.requestsPerSecond()));
    return Duration.ofSeconds(seconds + 1);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    var bucket = buckets.get(String.valueOf(request.getRemoteAddr()), client -> newBucket());
    var probe = bucket.tryConsumeAndReturnRemaining(1);
    if (probe.isConsumed()) {
      chain.doFilter(request, response);
      return;
    }
    long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
    response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
    response.setHeader("Retry-After", Long.toString(seconds));
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response
        .getWriter()
        .write(
            "{\"errors\":[{\"message\":\"This client has sent more requests than its budget of "
                + properties.requestsPerSecond()
                + " per second (atlas.request-budget); nothing was done. Send it again after"
                + " the time in retryAfterSeconds.\",\"extensions\":{\"classification\":"
                + "\"TOO_MANY_REQUESTS\",\"retryable\":true,\"retryAfterSeconds\":"
                + seconds
                + "}}]}");
  }

  private Bucket newBucket() {
    return Bucket.builder()
        .addLimit(
            limit ->
                limit
                    .capacity(properties.burst())
                    .refillGreedy(properties.requestsPerSecond(), Duration.ofSeconds(1)))
        .build();
  }
}
