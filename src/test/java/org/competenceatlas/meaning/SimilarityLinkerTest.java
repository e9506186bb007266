package org.competenceatlas.meaning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The linking model on hand-made embeddings: outcomes 0 and 1 point almost the same way, 2 a bit
 * apart, 3 elsewhere; 0 and 2 share a group, 1 sits under another area.
 */
class SimilarityLinkerTest {

  private static final List<String> IDS = List.of("o0", "o1", "o2", "o3");

  private final OutcomeStructure structure =
      new OutcomeStructure(
          IDS,
          List.of(
              new BroaderLink("area-a", "top"),
              new BroaderLink("area-b", "top"),
              new BroaderLink("group-a", "area-a"),
              new BroaderLink("group-b", "area-b"),
              new BroaderLink("o0", "group-a"),
              new BroaderLink("o2", "group-a"),
              new BroaderLink("o1", "group-b"),
              new BroaderLink("o3", "group-b")),
          Set.of("top", "area-a", "area-b", "group-a", "group-b"));

  @Test
  void nearlyParallelEmbeddingsAreLinkedAndDistantOnesAreNot() {
    var links = link(new boolean[4]);

    assertThat(links).extracting(l -> l.a() + "-" + l.b()).contains("0-1").doesNotContain("0-3");
    assertThat(links).allSatisfy(l -> assertThat(l.score()).isGreaterThanOrEqualTo(0.7));
  }

  @Test
  void sharingAGroupRaisesTheScoreAndNamesTheGroup() {
    var links = link(new boolean[4]);

    var shared = links.stream().filter(l -> l.a() == 0 && l.b() == 2).findFirst().orElseThrow();
    assertThat(structure.conceptIds.get(shared.sharedGroup())).isEqualTo("group-a");
    double withoutStructure =
        MeaningParameters.score(shared.cosine(), false, false, false, false, false);
    assertThat(shared.score()).isGreaterThan(withoutStructure);
  }

  @Test
  void twoKnowledgeOutcomesNeedMoreThanTwoSkillsToBeLinked() {
    var skills = link(new boolean[4]);
    var knowledge = link(new boolean[] {true, true, true, true});

    assertThat(knowledge.size()).isLessThan(skills.size());
  }

  @Test
  void anOutcomeWithoutEmbeddingIsLinkedToNothing() {
    var vectors = vectors();
    vectors[1] = null;

    var links = SimilarityLinker.links(vectors, new boolean[4], structure, 1, done -> {});

    assertThat(links).noneMatch(l -> l.a() == 1 || l.b() == 1);
  }

  @Test
  void theStructureKnowsAreasAndGroups() {
    assertThat(OutcomeStructure.shared(structure.areas[0], structure.areas[2])).isNotNegative();
    assertThat(OutcomeStructure.shared(structure.areas[0], structure.areas[1])).isEqualTo(-1);
    assertThat(OutcomeStructure.shared(structure.groups[1], structure.groups[3])).isNotNegative();
  }

  @Test
  void progressReachesEveryOutcome() {
    var seen = new ArrayList<Integer>();

    SimilarityLinker.links(vectors(), new boolean[4], structure, 2, seen::add);

    assertThat(seen).contains(IDS.size());
  }

  private List<SimilarityLinker.Link> link(boolean[] knowledge) {
    return SimilarityLinker.links(vectors(), knowledge, structure, 2, done -> {});
  }

  private static float[][] vectors() {
    return new float[][] {
      Vectors.unit(new float[] {1f, 0.05f, 0f, 0f}),
      Vectors.unit(new float[] {1f, 0.08f, 0.02f, 0f}),
      Vectors.unit(new float[] {0.8f, 0.6f, 0f, 0f}),
      Vectors.unit(new float[] {0f, 0f, 0f, 1f})
    };
  }
}
