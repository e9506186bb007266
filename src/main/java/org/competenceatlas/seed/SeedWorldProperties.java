package org.competenceatlas.seed;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Whether the demo world in {@code seed-data/} is loaded into an empty graph on start.
 *
 * @param enabled false for a production graph that holds only imported and real data
 */
@ConfigurationProperties("atlas.seed")
public record SeedWorldProperties(@DefaultValue("true") boolean enabled) {}
