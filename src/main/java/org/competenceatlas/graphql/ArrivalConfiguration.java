package org.competenceatlas.graphql;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.graphql.server.WebGraphQlInterceptor;

/** Notes each GraphQL request's arrival before any other filter, sign-in included, runs. */
@Configuration(proxyBeanMethods = false)
class ArrivalConfiguration {

  @Bean
  FilterRegistrationBean<Arrival.Filter> arrivalFilter() {
    var registration = new FilterRegistrationBean<>(new Arrival.Filter());
    registration.addUrlPatterns("/graphql");
    registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  @Bean
  WebGraphQlInterceptor arrivalInterceptor() {
    return new Arrival.Interceptor();
  }
}
