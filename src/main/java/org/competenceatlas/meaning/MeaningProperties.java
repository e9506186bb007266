package org.competenceatlas.meaning;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the meaning layer.
 *
 * @param enabled compute and use the meaning layer at all; off, transfers use the taxonomy's
 *     structure only
 * @param model the sentence model (its Maven artifact must be on the class path)
 * @param onStart what the application does with an out-of-date layer: compute it in the background
 *     once ready ({@code background}), before it is ready ({@code blocking}: tests and small
 *     graphs), or leave it to the {@code compute-meaning} command ({@code off})
 * @param checkInterval how often a running application checks whether a scope's outcomes changed
 *     (an import by this or another instance) and computes its layer again
 * @param layerCheckInterval how often a request may ask the graph whether a layer changed (computed
 *     by another instance): recognition compares texts with the embeddings of the last layer it saw
 *     until then
 * @param threads processor threads the computation uses; 0 for all
 * @param lease how long a claim on a scope's computation holds without progress before another
 *     instance may take it over
 */
@ConfigurationProperties("atlas.meaning")
public record MeaningProperties(
    @DefaultValue("true") boolean enabled,
    @DefaultValue("all-minilm-l6-v2-q") String model,
    @DefaultValue("background") OnStart onStart,
    @DefaultValue("10m") Duration checkInterval,
    @DefaultValue("5s") Duration layerCheckInterval,
    @DefaultValue("0") int threads,
    @DefaultValue("10m") Duration lease) {

  /** What happens with an out-of-date meaning layer when the application starts. */
  public enum OnStart {
    BACKGROUND,
    BLOCKING,
    OFF
  }

  int threadCount() {
    return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
  }
}
