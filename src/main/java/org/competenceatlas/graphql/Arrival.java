package org.competenceatlas.graphql;

import graphql.schema.DataFetchingEnvironment;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.web.filter.OncePerRequestFilter;
import reactor.core.publisher.Mono;

/**
 * When a GraphQL request arrived, taken before its sign-in and its body, so that the bounded waits
 * of {@link WriteAdmission} and of a mutation in {@link ExecutionSlots} can count from what its
 * client has waited already.
 */
final class Arrival {

  static final String KEY = Arrival.class.getName();

  private Arrival() {}

  /** The request's arrival in {@link System#nanoTime()} terms; now when it is not known. */
  static long nanos(DataFetchingEnvironment env) {
    Long arrived = env.getGraphQlContext().get(KEY);
    return arrived != null ? arrived : System.nanoTime();
  }

  /** Notes the arrival as a request attribute, once, whichever dispatch comes first. */
  static final class Filter extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
      return false;
    }

    @Override
    protected void doFilterInternal(
        HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      if (request.getAttribute(KEY) == null) {
        request.setAttribute(KEY, System.nanoTime());
      }
      chain.doFilter(request, response);
    }
  }

  /** Hands the arrival from the request's attributes to the GraphQL execution. */
  static final class Interceptor implements WebGraphQlInterceptor {

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
      if (request.getAttributes().get(KEY) instanceof Long arrived) {
        request.configureExecutionInput(
            (input, builder) -> builder.graphQLContext(Map.of(KEY, arrived)).build());
      }
      return chain.next(request);
    }
  }
}
