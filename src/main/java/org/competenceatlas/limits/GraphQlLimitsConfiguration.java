package org.competenceatlas.limits;

import graphql.execution.instrumentation.Instrumentation;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.graphql.server.WebGraphQlInterceptor;

/**
 * Puts the limits of {@link GraphQlLimitsProperties} in front of the GraphQL endpoint, and each
 * client's request budget ({@link RequestBudgetProperties}) in front of everything.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlLimitsConfiguration {

  @Bean
  Instrumentation queryLimitsInstrumentation(GraphQlLimitsProperties limits) {
    return new QueryLimitsInstrumentation(limits.maxDepth(), limits.maxComplexity());
  }

  @Bean
  WebGraphQlInterceptor timeoutInterceptor(GraphQlLimitsProperties limits) {
    return new TimeoutInterceptor(limits.timeout());
  }

  @Bean
  @ConditionalOnProperty(
      name = "atlas.request-budget.enabled",
      havingValue = "true",
      matchIfMissing = true)
  FilterRegistrationBean<RequestBudgetFilter> requestBudgetFilter(RequestBudgetProperties budget) {
    var registration = new FilterRegistrationBean<>(new RequestBudgetFilter(budget));
    registration.addUrlPatterns("/*");
    // Before sign-in and everything else: an over-budget request costs no password check.
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  @Bean
  WebGraphQlInterceptor retryAfterInterceptor() {
    return new RetryAfterInterceptor();
  }

  @Bean
  FilterRegistrationBean<RequestBodyFilter> requestBodyFilter(
      GraphQlLimitsProperties limits,
      @Value("${spring.graphql.http.path:/graphql}") String graphQlPath,
      @Value("${server.tomcat.connection-timeout:60s}") Duration idleTimeout) {
    var registration =
        new FilterRegistrationBean<>(
            new RequestBodyFilter(
                limits.maxRequestSize().toBytes(), limits.bodyTimeout(), idleTimeout));
    registration.setAsyncSupported(true);
    registration.addUrlPatterns(graphQlPath);
    return registration;
  }
}
