package org.competenceatlas.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Each client's request budget, a token bucket per client address (docs/reliability.md, "Abuse").
 * Generous by default: a frontend server sends all its users' requests from one address.
 *
 * @param enabled false serves every request however many a client sends
 * @param requestsPerSecond the rate at which a client's budget refills
 * @param burst the most a client can spend at once after a quiet spell
 * @param maxClients client addresses tracked at once; beyond it some are dropped, mostly rarely
 *     seen ones
 */
@ConfigurationProperties("atlas.request-budget")
public record RequestBudgetProperties(
    @DefaultValue("true") boolean enabled,
    @DefaultValue("1000") long requestsPerSecond,
    @DefaultValue("2000") long burst,
    @DefaultValue("100000") long maxClients) {}
