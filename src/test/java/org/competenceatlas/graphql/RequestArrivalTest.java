package org.competenceatlas.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.GraphQLContext;
import java.net.URI;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.LinkedMultiValueMap;
import reactor.core.publisher.Mono;

class RequestArrivalTest {

  private final RequestArrival arrival = new RequestArrival();

  @Test
  void theMomentARequestArrivesIsNotedBeforeTheFiltersAfterItAndReachesTheGraphQlContext()
      throws Exception {
    var request = new MockHttpServletRequest("POST", "/graphql");
    var seenByLaterFilters = new AtomicReference<Object>();
    long before = System.nanoTime();

    arrival
        .requestArrivalFilter()
        .getFilter()
        .doFilter(
            request,
            new MockHttpServletResponse(),
            new MockFilterChain() {
              @Override
              public void doFilter(
                  jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res) {
                seenByLaterFilters.set(req.getAttribute(RequestArrival.KEY));
              }
            });
    long after = System.nanoTime();

    assertThat(seenByLaterFilters.get()).isInstanceOf(Long.class);
    long arrived = (Long) seenByLaterFilters.get();
    assertThat(arrived).isBetween(before, after);
    assertThat(RequestArrival.of(graphQlContextOf(Map.of(RequestArrival.KEY, arrived))))
        .isEqualTo(arrived);
  }

  @Test
  void anExecutionWithoutAnHttpRequestCountsFromWhenItAsks() {
    long before = System.nanoTime();

    long arrived = RequestArrival.of(graphQlContextOf(Map.of()));

    assertThat(arrived).isBetween(before, System.nanoTime());
  }

  private GraphQLContext graphQlContextOf(Map<String, Object> attributes) {
    var request =
        new WebGraphQlRequest(
            URI.create("http://localhost/graphql"),
            new HttpHeaders(),
            new LinkedMultiValueMap<>(),
            null,
            new HashMap<>(attributes),
            Map.of("query", "{ __typename }"),
            "1",
            Locale.ENGLISH);
    var context = new AtomicReference<GraphQLContext>();
    arrival
        .requestArrivalInterceptor()
        .intercept(
            request,
            next -> {
              context.set(next.toExecutionInput().getGraphQLContext());
              return Mono.empty();
            })
        .block();
    return context.get();
  }
}
