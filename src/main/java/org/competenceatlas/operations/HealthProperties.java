package org.competenceatlas.operations;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What readiness demands of the graph.
 *
 * @param requireTaxonomy false lets an instance take traffic on a graph without any occupation, for
 *     example while the first import runs elsewhere
 */
@ConfigurationProperties("atlas.health")
public record HealthProperties(@DefaultValue("true") boolean requireTaxonomy) {}
