package org.competenceatlas.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironmentImpl;
import java.net.URI;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.LinkedMultiValueMap;
import reactor.core.publisher.Mono;

class ArrivalTest {

  @Test
  void theFirstDispatchOfARequestSetsItsArrivalAndALaterOneKeepsIt() throws Exception {
    var request = new MockHttpServletRequest("POST", "/graphql");
    long before = System.nanoTime();

    var filter = new Arrival.Filter();
    filter.doFilterInternal(request, new MockHttpServletResponse(), new MockFilterChain());
    long first = (Long) request.getAttribute(Arrival.KEY);
    // The dispatch after an asynchronous body read passes the filter again.
    filter.doFilterInternal(request, new MockHttpServletResponse(), new MockFilterChain());

    assertThat(first).isBetween(before, System.nanoTime());
    assertThat(request.getAttribute(Arrival.KEY)).isEqualTo(first);
  }

  @Test
  void theArrivalReachesTheFieldsOfTheExecution() {
    long arrived = System.nanoTime() - 5_000_000_000L;
    var attributes = new HashMap<String, Object>(Map.of(Arrival.KEY, arrived));
    var request =
        new WebGraphQlRequest(
            URI.create("http://localhost/graphql"),
            new HttpHeaders(),
            new LinkedMultiValueMap<>(),
            null,
            attributes,
            Map.<String, Object>of("query", "{ me { name } }"),
            "1",
            Locale.ENGLISH);
    var context = new AtomicReference<GraphQLContext>();
    WebGraphQlInterceptor.Chain chain =
        next -> {
          context.set(next.toExecutionInput().getGraphQLContext());
          return Mono.<WebGraphQlResponse>empty();
        };

    new Arrival.Interceptor().intercept(request, chain).block();

    var env =
        DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
            .graphQLContext(context.get())
            .build();
    assertThat(Arrival.nanos(env)).isEqualTo(arrived);
  }

  @Test
  void aFieldOfARequestWithoutAKnownArrivalCountsFromNow() {
    var env =
        DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
            .graphQLContext(GraphQLContext.newContext().build())
            .build();
    long before = System.nanoTime();

    assertThat(Arrival.nanos(env)).isBetween(before, System.nanoTime());
  }
}
