package org.competenceatlas.learner;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How access-log lines are written (docs/security.md, "Access log").
 *
 * @param flushInterval how long a line may wait before it is written together with the others of
 *     that moment; {@code 0} writes each line in the transaction of the request it describes
 * @param maxPending lines waiting to be written beyond which requests write their own line before
 *     they are answered, so a graph that does not take writes slows requests down instead of
 *     filling memory
 */
@ConfigurationProperties("atlas.access-log")
public record AccessLogProperties(
    @DefaultValue("100ms") Duration flushInterval, @DefaultValue("50000") int maxPending) {}
