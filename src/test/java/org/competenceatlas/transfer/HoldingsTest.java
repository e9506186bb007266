package org.competenceatlas.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.competenceatlas.common.Labels;
import org.competenceatlas.taxonomy.LearningOutcome;
import org.competenceatlas.taxonomy.OutcomeGroup;
import org.junit.jupiter.api.Test;

/**
 * The kinds of support on a small hand-made hierarchy:
 *
 * <pre>
 * top ── wide (200 outcomes) ── w0 … w199
 *  └── branch ── mid ── narrow-a ── a1, a2 ── a1x (narrower outcome of a1)
 *                  ├── narrow-b ── b1
 *                  └── narrow-s ── s1, s2 (occupation-specific)
 * r1 ↔ r2 (related, essential)
 * </pre>
 */
class HoldingsTest {

  private final TaxonomySnapshot snapshot = snapshot();

  @Test
  void holdingAnOutcomeSupportsItFully() {
    var holdings = holding("a1", 1.0);

    assertSupport(holdings, "a1", MatchKind.SAME, 1.0);
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
  void siblingsInANarrowGroupSupportEachOtherWithThePathThroughTheGroup() {
    var holdings = holding("a1", 1.0);

    assertSupport(holdings, "a2", MatchKind.SHARED_GROUP, TransferParameters.SHARED_GROUP);
    assertThat(Paths.explain(holdings, index("a2")))
        .extracting(step -> step.concept().id(), PathStep::linkToNext)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("a1", "BROADER"),
            org.assertj.core.groups.Tuple.tuple("narrow-a", "NARROWER"),
            org.assertj.core.groups.Tuple.tuple("a2", null));
  }

  @Test
  void cousinsUnderANarrowAncestorSupportEachOtherWeakly() {
    var holdings = holding("a2", 1.0);

    assertSupport(holdings, "b1", MatchKind.SHARED_ANCESTOR, TransferParameters.SHARED_ANCESTOR);
    assertThat(Paths.explain(holdings, index("b1")))
        .extracting(step -> step.concept().id())
        .containsExactly("a2", "narrow-a", "mid", "narrow-b", "b1");
  }

  @Test
  void groupsNearTheTopAreNoEvidence() {
    var holdings = holding("a1", 1.0);

    assertThat(holdings.support[index("w0")]).isZero();
    assertThat(snapshot.specificity(snapshot.conceptIndex.get("branch"))).isZero();
  }

  @Test
  void aWideGroupIsNoEvidence() {
    var holdings = holding("w0", 1.0);

    assertThat(holdings.support[index("w1")]).isZero();
  }

  @Test
  void relatedOutcomesSupportEachOtherBothWays() {
    assertSupport(
        holding("r1", 1.0), "r2", MatchKind.RELATED, TransferParameters.RELATED_ESSENTIAL);
    assertSupport(
        holding("r2", 1.0), "r1", MatchKind.RELATED, TransferParameters.RELATED_ESSENTIAL);
  }

  @Test
  void occupationSpecificOutcomesTransferLessThanTransversalOnes() {
    var holdings = holding("s1", 1.0);

    assertSupport(
        holdings,
        "s2",
        MatchKind.SHARED_GROUP,
        TransferParameters.SHARED_GROUP * TransferParameters.REUSE_OCCUPATION_SPECIFIC);
  }

  @Test
  void aWeakerHoldingGivesProportionallyWeakerSupport() {
    var holdings = holding("a1", TransferParameters.CLAIM_SELF_ASSESSED);

    assertSupport(holdings, "a1", MatchKind.SAME, TransferParameters.CLAIM_SELF_ASSESSED);
    assertSupport(
        holdings,
        "a2",
        MatchKind.SHARED_GROUP,
        TransferParameters.CLAIM_SELF_ASSESSED * TransferParameters.SHARED_GROUP);
  }

  @Test
  void theStrongestSupportWins() {
    var holdings = holding("a2", 1.0);
    holdings.hold(index("a1x"), 1.0);

    assertThat(holdings.kind[index("a1")]).isEqualTo(MatchKind.HELD_NARROWER);
  }

  private Holdings holding(String id, double weight) {
    var holdings = Holdings.empty(snapshot);
    holdings.hold(index(id), weight);
    return holdings;
  }

  private void assertSupport(Holdings holdings, String id, MatchKind kind, double strength) {
    int index = index(id);
    assertThat(holdings.kind[index]).isEqualTo(kind);
    assertThat(holdings.support[index]).isCloseTo(strength, within(1e-9));
  }

  private int index(String id) {
    return snapshot.conceptIndex.get(id);
  }

  private static TaxonomySnapshot snapshot() {
    var outcomes = new ArrayList<LearningOutcome>();
    var broader = new ArrayList<String[]>();
    for (var id : List.of("a1", "a2", "a1x", "b1", "r1", "r2")) {
      outcomes.add(outcome(id, "transversal"));
    }
    outcomes.add(outcome("s1", "occupation-specific"));
    outcomes.add(outcome("s2", "occupation-specific"));
    for (int i = 0; i < 200; i++) {
      outcomes.add(outcome("w" + i, "transversal"));
      broader.add(new String[] {"w" + i, "wide"});
    }
    var groups =
        List.of(
            group("top"),
            group("branch"),
            group("wide"),
            group("mid"),
            group("narrow-a"),
            group("narrow-b"),
            group("narrow-s"));
    broader.addAll(
        List.of(
            new String[] {"wide", "top"},
            new String[] {"branch", "top"},
            new String[] {"mid", "branch"},
            new String[] {"narrow-a", "mid"},
            new String[] {"narrow-b", "mid"},
            new String[] {"narrow-s", "mid"},
            new String[] {"a1", "narrow-a"},
            new String[] {"a2", "narrow-a"},
            new String[] {"a1x", "a1"},
            new String[] {"b1", "narrow-b"},
            new String[] {"s1", "narrow-s"},
            new String[] {"s2", "narrow-s"}));
    List<Object[]> related = List.<Object[]>of(new Object[] {"r1", "r2", "essential"});
    return new TaxonomySnapshot("test", outcomes, groups, broader, related, List.of(), List.of());
  }

  private static LearningOutcome outcome(String id, String reuseLevel) {
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

  private static OutcomeGroup group(String id) {
    return new OutcomeGroup(id, id, Labels.fromProperties(Map.of("prefLabel_en", id)));
  }
}
