package org.competenceatlas.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.competenceatlas.transfer.HoldingsTest.group;
import static org.competenceatlas.transfer.HoldingsTest.outcome;

import java.util.List;
import java.util.Map;
import org.competenceatlas.taxonomy.Occupation;
import org.competenceatlas.transfer.SnapshotData.BroaderPair;
import org.competenceatlas.transfer.SnapshotData.OccupationRow;
import org.competenceatlas.transfer.SnapshotData.SimilarPair;
import org.competenceatlas.transfer.Transition.Target;
import org.junit.jupiter.api.Test;

/**
 * One held outcome ("first aid") linked by the meaning layer to three requirements of a clinical
 * target, and to one of another target: it may stand in for two requirements of a target at most.
 */
class ScoringTest {

  private final TaxonomySnapshot snapshot = snapshot();

  @Test
  void oneHeldOutcomeSupportsAtMostTwoRequirementsOfOneTargetIndirectly() {
    var holdings = Sources.occupation(snapshot, index("first-aider"), true);
    var transfer = explain(holdings, "clinician");

    assertThat(transfer.matches())
        .extracting(match -> match.required().id())
        .containsExactlyInAnyOrder("medication", "wounds");
    assertThat(transfer.gap())
        .filteredOn(gap -> gap.outcome().id().equals("monitoring"))
        .singleElement()
        .satisfies(gap -> assertThat(gap.support()).isZero());
  }

  @Test
  void theRequirementsItKeepsAreTheOnesThatAddMostToTheScore() {
    var holdings = Sources.occupation(snapshot, index("first-aider"), true);
    var transfer = explain(holdings, "clinician");

    // "monitoring" is the most common of the three, so it weighs least and is the one left out.
    assertThat(snapshot.rarity[snapshot.outcomeIndex("monitoring")])
        .isLessThan(snapshot.rarity[snapshot.outcomeIndex("medication")]);
    assertThat(transfer.matches()).noneMatch(match -> match.required().id().equals("monitoring"));
  }

  @Test
  void theScoreIsTheSumOfTheContributionsShownAndTheRankingsScore() {
    var holdings = Sources.occupation(snapshot, index("first-aider"), true);
    var transfer = explain(holdings, "clinician");

    double sum = transfer.matches().stream().mapToDouble(OutcomeMatch::contribution).sum();
    assertThat(transfer.parts().score()).isCloseTo(sum, within(1e-12));
    assertThat(
            Scoring.score(
                holdings,
                Scoring.weightedSupport(holdings),
                snapshot.occupationRequirements[index("clinician")]))
        .isEqualTo(transfer.parts().score());
  }

  @Test
  void theQuotaIsPerTargetSoAnotherTargetStillGetsItsSupport() {
    var holdings = Sources.occupation(snapshot, index("first-aider"), true);

    assertThat(explain(holdings, "lifeguard").matches())
        .extracting(match -> match.required().id())
        .containsExactly("wounds");
  }

  @Test
  void theSameOutcomeIsNeverCapped() {
    var holdings = Sources.occupation(snapshot, index("clinician"), true);

    assertThat(explain(holdings, "clinician").matches())
        .hasSize(4)
        .allSatisfy(match -> assertThat(match.kind()).isEqualTo(MatchKind.SAME));
  }

  private Transfer explain(Holdings holdings, String target) {
    var to = new Target(false, index(target));
    return Explanation.explain(holdings, null, Sources.endpoint(snapshot, to), to);
  }

  private int index(String occupation) {
    return snapshot.occupationIndex.get(occupation);
  }

  static TaxonomySnapshot snapshot() {
    var outcomes =
        List.of(
            outcome("first-aid", "transversal"),
            outcome("medication", "sector-specific"),
            outcome("wounds", "sector-specific"),
            outcome("monitoring", "sector-specific"),
            outcome("hygiene", "sector-specific"),
            outcome("swimming", "sector-specific"));
    var similar =
        List.of(
            new SimilarPair("first-aid", "medication", 0.8, null),
            new SimilarPair("first-aid", "wounds", 0.8, null),
            new SimilarPair("first-aid", "monitoring", 0.8, null));
    var occupations =
        List.of(
            occupation("first-aider", List.of("first-aid")),
            occupation("clinician", List.of("medication", "wounds", "monitoring", "hygiene")),
            occupation("lifeguard", List.of("wounds", "swimming")),
            occupation("nurse-assistant", List.of("monitoring", "hygiene")),
            occupation("ward-clerk", List.of("monitoring")));
    return new TaxonomySnapshot(
        new SnapshotData(
            "test",
            outcomes,
            List.of(group("top")),
            List.<BroaderPair>of(),
            List.of(),
            similar,
            occupations,
            List.of()));
  }

  private static OccupationRow occupation(String id, List<String> essential) {
    return new OccupationRow(
        Occupation.fromProperties(Map.of("id", id, "prefLabel_en", id)),
        essential,
        List.of(),
        false);
  }
}
