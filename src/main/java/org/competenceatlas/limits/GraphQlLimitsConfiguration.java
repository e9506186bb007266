package org.competenceatlas.limits;

import graphql.execution.instrumentation.Instrumentation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.server.WebGraphQlInterceptor;

/** Puts the limits of {@link GraphQlLimitsProperties} in front of the GraphQL endpoint. */
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
  FilterRegistrationBean<RequestBodyFilter> requestBodyFilter(
      GraphQlLimitsProperties limits,
      @Value("${spring.graphql.http.path:/graphql}") String graphQlPath) {
    var registration =
        new FilterRegistrationBean<>(new RequestBodyFilter(limits.maxRequestSize().toBytes()));
    registration.addUrlPatterns(graphQlPath);
    return registration;
  }
}
