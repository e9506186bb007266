package org.competenceatlas.graphql;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many mutations may write at once (docs/reliability.md, "Isolation").
 *
 * @param maxConcurrent mutations writing at the same time in this instance, whatever the learner;
 *     each holds one of the driver's pooled connections, so this stays well below the pool's size
 *     and reads always find a connection
 * @param maxConcurrentPerLearner mutations of one learner writing at the same time; 1 lets them
 *     take turns in the application instead of queueing on the learner's lock in Neo4j, where each
 *     waiter would hold a connection
 * @param maxWaitingPerLearner mutations of one learner allowed to wait for their turn; one more is
 *     refused once {@code maxWait} has passed, without holding a request thread meanwhile
 * @param maxWait how long a mutation waits for its turn before it is refused with a retryable
 *     UNAVAILABLE error
 * @param answerWithin how soon after its arrival a mutation is answered at the latest: one that
 *     could not start its write in time (after a slow sign-in, or behind a burst) is refused then
 *     instead; in steady use the turn comes or {@code maxWait} passes well before
 * @param refuseUncheckedWithin how long after a user passed the access check of a mutation field
 *     for a learner a further such mutation of theirs, arriving while the learner's queue is full,
 *     is refused without checking access again; zero checks every time
 * @param minIntervalPerLearner the least time between two of one learner's writes being let on to
 *     start (a write may then still wait for a turn among all writes); a write let on sooner waits,
 *     or is refused when it cannot be let on in time. It bounds how much of the server one
 *     learner's writes take once the server is fast (docs/reliability.md, "Isolation"); zero turns
 *     it off
 */
@ConfigurationProperties("atlas.writes")
public record WriteAdmissionProperties(
    @DefaultValue("16") int maxConcurrent,
    @DefaultValue("1") int maxConcurrentPerLearner,
    @DefaultValue("16") int maxWaitingPerLearner,
    @DefaultValue("500ms") Duration maxWait,
    @DefaultValue("800ms") Duration answerWithin,
    @DefaultValue("1s") Duration refuseUncheckedWithin,
    @DefaultValue("50ms") Duration minIntervalPerLearner) {

  public WriteAdmissionProperties {
    if (refuseUncheckedWithin.isNegative()) {
      throw new IllegalArgumentException(
          "atlas.writes.refuse-unchecked-within must be zero or more, not "
              + refuseUncheckedWithin);
    }
    if (minIntervalPerLearner.isNegative()) {
      throw new IllegalArgumentException(
          "atlas.writes.min-interval-per-learner must be zero or more, not "
              + minIntervalPerLearner);
    }
  }
}
