package org.competenceatlas.infrastructure;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the process gives back heap it no longer uses (docs/operating.md, "Memory and machine size").
 *
 * @param returnIdleHeap false leaves the JVM's own heap sizing as it is
 * @param checkInterval how long the JVM may go without a collection before an idle one shrinks the
 *     heap (G1's periodic collection)
 */
@ConfigurationProperties("atlas.memory")
public record IdleHeapProperties(
    @DefaultValue("true") boolean returnIdleHeap, @DefaultValue("30s") Duration checkInterval) {}
