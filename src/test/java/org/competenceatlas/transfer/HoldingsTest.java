package org.competenceatlas.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.competenceatlas.common.Labels;
import org.competenceatlas.taxonomy.LearningOutcome;
import org.competenceatlas.taxonomy.OutcomeGroup;
import org.competenceatlas.transfer.SnapshotData.BroaderPair;
import org.competenceatlas.transfer.SnapshotData.RelatedPair;
import org.competenceatlas.transfer.SnapshotData.SimilarPair;
import org.junit.jupiter.api.Test;

/**
 * The kinds of support on a small hand-made hierarchy:
 *
 * <pre>
 * top ── area ── narrow-a ── a1, a2 ── a1x (narrower outcome of a1)
 *         └──── narrow-s ── s1, s2 (occupation-specific)
 * r1 ↔ r2 (related, essential)
 * a1 ≈ s1 (meaning layer, 0.8); s1 ≈ s2 (meaning layer, 0.75, through narrow-s)
 * </pre>
 */
class HoldingsTest {

  private final TaxonomySnapshot snapshot = snapshot();

  @Test
  void holdingAnOutcomeSupportsItFully() {
    assertSupport(holding("a1", 1.0), "a1", MatchKind.SAME, 1.0);
  }

  @Test
  void aNarrowerOutcomeSupportsItsBroaderOneAndTheOtherWayRoundLess() {
    assertSupport(
        holding("a1x", 1.0),
        "a1",
        MatchKind.HELD_NARROWER,
        TransferParameters.HELD_NARROWER * TransferParameters.REUSE_TRANSVERSAL);
    assertSupport(
        holding("a1", 1.0),
        "a1x",
        MatchKind.HELD_BROADER,
        TransferParameters.HELD_BROADER * TransferParameters.REUSE_TRANSVERSAL);
  }

  @Test
  void siblingsInOneGroupDoNotSupportEachOtherWithoutTheMeaningLayer() {
    assertThat(holding("a1", 1.0).support(index("a2"))).isZero();
  }

  @Test
  void aMeaningLinkSupportsInProportionToItsScore() {
    var holdings = holding("a1", 1.0);

    assertSupport(holdings, "s1", MatchKind.SIMILAR, TransferParameters.similarStrength(0.8));
    assertThat(Paths.explain(holdings, index("s1")))
        .extracting(step -> step.concept().id(), PathStep::linkToNext)
        .containsExactly(tuple("a1", "SIMILAR"), tuple("s1", null));
  }

  @Test
  void aMeaningLinkBetweenOutcomesOfOneGroupShowsTheGroupOnItsPath() {
    var holdings = holding("s1", 1.0);

    assertSupport(
        holdings,
        "s2",
        MatchKind.SHARED_GROUP,
        TransferParameters.similarStrength(0.75) * TransferParameters.REUSE_OCCUPATION_SPECIFIC);
    assertThat(Paths.explain(holdings, index("s2")))
        .extracting(step -> step.concept().id(), PathStep::linkToNext)
        .containsExactly(tuple("s1", "BROADER"), tuple("narrow-s", "NARROWER"), tuple("s2", null));
  }

  @Test
  void relatedOutcomesSupportEachOtherBothWays() {
    assertSupport(
        holding("r1", 1.0), "r2", MatchKind.RELATED, TransferParameters.RELATED_ESSENTIAL);
    assertSupport(
        holding("r2", 1.0), "r1", MatchKind.RELATED, TransferParameters.RELATED_ESSENTIAL);
  }

  @Test
  void aWeakerHoldingGivesProportionallyWeakerSupport() {
    var holdings = holding("a1", TransferParameters.CLAIM_SELF_ASSESSED);

    assertSupport(holdings, "a1", MatchKind.SAME, TransferParameters.CLAIM_SELF_ASSESSED);
    assertSupport(
        holdings,
        "s1",
        MatchKind.SIMILAR,
        TransferParameters.CLAIM_SELF_ASSESSED * TransferParameters.similarStrength(0.8));
  }

  @Test
  void theStrongestSupportWins() {
    var holdings = holding("s1", 1.0);
    holdings.hold(index("a1x"), 1.0);

    assertThat(holdings.kind(index("a1"))).isEqualTo(MatchKind.HELD_NARROWER);
  }

  @Test
  void everyOutcomeBelongsToTheAreaUnderTheTop() {
    int area = snapshot.conceptIndex.get("area");

    assertThat(snapshot.hierarchy.areas).containsExactly(area);
    assertThat(snapshot.hierarchy.areaOf[index("a1x")]).isEqualTo(area);
    assertThat(snapshot.hierarchy.areaOf[index("s2")]).isEqualTo(area);
    assertThat(snapshot.hierarchy.areaOf[index("r1")]).isEqualTo(-1);
  }

  private Holdings holding(String id, double weight) {
    var holdings = Holdings.empty(snapshot);
    holdings.hold(index(id), weight);
    return holdings;
  }

  private void assertSupport(Holdings holdings, String id, MatchKind kind, double strength) {
    int index = index(id);
    assertThat(holdings.kind(index)).isEqualTo(kind);
    assertThat(holdings.support(index)).isCloseTo(strength, within(1e-9));
  }

  private int index(String id) {
    return snapshot.conceptIndex.get(id);
  }

  private static TaxonomySnapshot snapshot() {
    var outcomes = new ArrayList<LearningOutcome>();
    for (var id : List.of("a1", "a2", "a1x", "r1", "r2")) {
      outcomes.add(outcome(id, "transversal"));
    }
    outcomes.add(outcome("s1", "occupation-specific"));
    outcomes.add(outcome("s2", "occupation-specific"));
    var groups = List.of(group("top"), group("area"), group("narrow-a"), group("narrow-s"));
    var broader =
        List.of(
            new BroaderPair("area", "top"),
            new BroaderPair("narrow-a", "area"),
            new BroaderPair("narrow-s", "area"),
            new BroaderPair("a1", "narrow-a"),
            new BroaderPair("a2", "narrow-a"),
            new BroaderPair("a1x", "a1"),
            new BroaderPair("s1", "narrow-s"),
            new BroaderPair("s2", "narrow-s"));
    var related = List.of(new RelatedPair("r1", "r2", "essential"));
    var similar =
        List.of(
            new SimilarPair("a1", "s1", 0.8, null), new SimilarPair("s1", "s2", 0.75, "narrow-s"));
    return new TaxonomySnapshot(
        new SnapshotData(
            "test", outcomes, groups, broader, related, similar, List.of(), List.of()));
  }

  static LearningOutcome outcome(String id, String reuseLevel) {
    return LearningOutcome.fromProperties(
        Map.of(
            "id",
            id,
            "reuseLevel",
            reuseLevel,
            "prefLabel_en",
            id,
            "outcomeType",
            "skill/competence"));
  }

  static OutcomeGroup group(String id) {
    return new OutcomeGroup(id, id, Labels.fromProperties(Map.of("prefLabel_en", id)));
  }
}
