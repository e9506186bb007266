package org.competenceatlas.limits;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on one GraphQL request. docs/security.md explains each and the error it gives.
 *
 * @param maxDepth how deeply fields may nest, the root field counting as 1; introspection fields do
 *     not count (graphql-java's good-faith introspection check bounds them)
 * @param maxComplexity the most a query may cost: every field costs 1 plus its selection, a field
 *     with a {@code first} argument that many times as much, and a root field 10 more. The default
 *     lets the richest tested query, a full transitions page of 100, through (about 5,900)
 * @param maxRequestSize the largest request body accepted on the GraphQL endpoint
 * @param timeout how long one request may run before it is stopped
 * @param bodyTimeout how long a client may take to send the whole request body; the body is read
 *     without holding a request thread, and a client that is slower gets HTTP 408
 */
@ConfigurationProperties("atlas.graphql")
public record GraphQlLimitsProperties(
    @DefaultValue("12") int maxDepth,
    @DefaultValue("10000") int maxComplexity,
    @DefaultValue("64KB") DataSize maxRequestSize,
    @DefaultValue("10s") Duration timeout,
    @DefaultValue("10s") Duration bodyTimeout) {

  static final String MAX_DEPTH = "atlas.graphql.max-depth";
  static final String MAX_COMPLEXITY = "atlas.graphql.max-complexity";
  static final String MAX_REQUEST_SIZE = "atlas.graphql.max-request-size";
  static final String TIMEOUT = "atlas.graphql.timeout";
  static final String BODY_TIMEOUT = "atlas.graphql.body-timeout";
}
