package org.competenceatlas.access;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How access-log lines are written (docs/security.md, "Access log").
 *
 * @param maxWait how long a request waits for its line to be committed; past it the request is
 *     refused with a retryable UNAVAILABLE error rather than answered without its line
 * @param maxPending lines waiting to be written at once; a request finding the queue full waits for
 *     room within {@code max-wait}
 */
@ConfigurationProperties("atlas.access-log")
public record AccessLogProperties(
    @DefaultValue("5s") Duration maxWait,
    @DefaultValue("10000") int maxPending,
    @DefaultValue("1m") Duration refusalWindow) {}
