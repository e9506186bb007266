package org.competenceatlas.graphql;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many GraphQL requests run at once (docs/reliability.md, "Execution slots").
 *
 * @param maxConcurrent requests executing at the same time; 0 means twice the processors the JVM
 *     sees, since an execution also waits for the database. A request waiting for its sign-in, for
 *     its body or for its turn among a learner's writers holds no slot.
 * @param maxWait how long a request waits for a slot before it is refused with a retryable
 *     UNAVAILABLE error; a mutation waits less when it must start its write sooner to be answered
 *     within {@code atlas.writes.answer-within}
 */
@ConfigurationProperties("atlas.execution")
public record ExecutionSlotsProperties(
    @DefaultValue("0") int maxConcurrent, @DefaultValue("5s") Duration maxWait) {

  /** The number of slots: {@code maxConcurrent}, or twice the processors when it is 0. */
  int slots() {
    return maxConcurrent > 0 ? maxConcurrent : 2 * Runtime.getRuntime().availableProcessors();
  }
}
