package org.competenceatlas.transfer;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the transfer engine.
 *
 * @param stampCheckInterval how often a request may ask the graph whether the taxonomy changed
 *     (another instance may have imported a release); 0 checks on every request
 * @param warmUp build the transfer index in the background once the application is ready, so the
 *     first request does not wait for it (commands such as import-esco turn it off)
 * @param warmUpRequests after building the index, how many rounds of one {@code transfer} and one
 *     {@code transitions} request the application answers itself before readiness reports UP, so
 *     that the first callers find the code warm; 0 for none
 */
@ConfigurationProperties("atlas.transfer")
public record TransferProperties(
    @DefaultValue("5s") Duration stampCheckInterval,
    @DefaultValue("true") boolean warmUp,
    @DefaultValue("10") int warmUpRequests) {}
