package org.competenceatlas.graphql;

import graphql.GraphQLContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Notes when a request reached this server, before the request budget, sign-in and the reading of
 * its body, and hands the moment to GraphQL's context. A mutation's wait for its turn in {@link
 * WriteAdmission} counts from there: on busy cores, a burst of writers spent seconds in sign-in and
 * the access check before their wait began, and were refused long after a client gives up.
 */
@Configuration(proxyBeanMethods = false)
class RequestArrival {

  static final String KEY = RequestArrival.class.getName();

  /** When the request of this execution arrived ({@link System#nanoTime()}), or now. */
  static long of(GraphQLContext context) {
    Long arrived = context.get(KEY);
    return arrived != null ? arrived : System.nanoTime();
  }

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> requestArrivalFilter() {
    var registration =
        new FilterRegistrationBean<OncePerRequestFilter>(
            new OncePerRequestFilter() {
              @Override
              protected void doFilterInternal(
                  HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                  throws ServletException, IOException {
                request.setAttribute(KEY, System.nanoTime());
                chain.doFilter(request, response);
              }
            });
    registration.setName("requestArrival");
    registration.setAsyncSupported(true);
    registration.addUrlPatterns("/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  @Bean
  WebGraphQlInterceptor requestArrivalInterceptor() {
    return (request, chain) -> {
      if (request.getAttributes().get(KEY) instanceof Long arrived) {
        request.configureExecutionInput(
            (input, builder) -> builder.graphQLContext(Map.of(KEY, arrived)).build());
      }
      return chain.next(request);
    };
  }
}
