package org.competenceatlas.operations;

import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import io.micrometer.observation.ObservationRegistry;
import org.neo4j.driver.observation.micrometer.ConnectionPoolMetricsHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.observation.DefaultDataFetcherObservationConvention;
import org.springframework.graphql.observation.ExecutionRequestObservationConvention;
import org.springframework.graphql.observation.GraphQlObservationInstrumentation;

/** Metrics and logs beyond what Spring Boot configures by itself. */
@Configuration(proxyBeanMethods = false)
class ObservabilityConfiguration {

  @Bean
  ExecutionRequestObservationConvention graphQlOperationConvention(
      @Value("${atlas.metrics.graphql.max-operation-names:200}") int maxNames) {
    return new GraphQlOperationConvention(maxNames);
  }

  @Bean
  GraphQlRequestLog graphQlRequestLog() {
    return new GraphQlRequestLog();
  }

  /**
   * The percentile histograms configured for {@code graphql.request} and {@code
   * http.server.requests} would also apply to their {@code .active} long-task timers by name
   * prefix, doubling the series for little use: in-flight requests are read from their count and
   * max.
   */
  @Bean
  @Order(Ordered.LOWEST_PRECEDENCE)
  MeterFilter noHistogramsForLongTaskTimers() {
    return new MeterFilter() {
      @Override
      public DistributionStatisticConfig configure(
          Meter.Id id, DistributionStatisticConfig config) {
        if (id.getType() != Meter.Type.LONG_TASK_TIMER) {
          return config;
        }
        return DistributionStatisticConfig.builder()
            .percentilesHistogram(false)
            .build()
            .merge(config);
      }
    };
  }

  /**
   * Spring for GraphQL signals each GraphQL error as an observation event, which Micrometer counts
   * as {@code graphql.request.<classification>}, tagged with the request's state at that moment
   * (outcome and operation not yet known, so wrong). Outcomes are counted reliably by the {@code
   * graphql.request} timer and per error type by {@code graphql.datafetcher}.
   */
  @Bean
  MeterFilter noGraphQlErrorEventCounters() {
    return MeterFilter.deny(
        id -> id.getType() == Meter.Type.COUNTER && id.getName().startsWith("graphql.request."));
  }

  /**
   * Spring for GraphQL observes every non-trivial field fetch: on a transitions page, hundreds of
   * nested fields (scores, paths, gaps), which cost about a sixth of the server's processor time
   * under the mixed load of docs/benchmarks.md even when a predicate turned their observations off.
   * Root fields keep their timer; what nested fields cost is inside their root field's and the
   * operation's.
   */
  @Bean
  GraphQlObservationInstrumentation graphQlObservationInstrumentation(
      ObservationRegistry registry, ExecutionRequestObservationConvention requestConvention) {
    return new GraphQlObservationInstrumentation(
        registry, requestConvention, new DefaultDataFetcherObservationConvention()) {
      @Override
      public DataFetcher<?> instrumentDataFetcher(
          DataFetcher<?> fetcher,
          InstrumentationFieldFetchParameters parameters,
          InstrumentationState state) {
        // Spring skips property fetchers too; asked first, their steps are not built for it.
        return !parameters.isTrivialDataFetcher()
                && parameters.getExecutionStepInfo().getPath().getLevel() <= 1
            ? super.instrumentDataFetcher(fetcher, parameters, state)
            : fetcher;
      }
    };
  }

  /**
   * Boot hands the Neo4j driver an observation provider; this handler turns the driver's pool
   * observations into the {@code db.client.connection.*} gauges and counters.
   */
  @Bean
  ConnectionPoolMetricsHandler neo4jConnectionPoolMetrics(MeterRegistry registry) {
    return new ConnectionPoolMetricsHandler(registry);
  }
}
