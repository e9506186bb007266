package org.competenceatlas.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.competenceatlas.taxonomy.LearningOutcome;
import org.competenceatlas.taxonomy.Occupation;
import org.competenceatlas.transfer.SnapshotData.BroaderPair;
import org.competenceatlas.transfer.SnapshotData.OccupationRow;
import org.competenceatlas.transfer.SnapshotData.RelatedPair;
import org.competenceatlas.transfer.SnapshotData.SimilarPair;
import org.junit.jupiter.api.Test;

/**
 * Holdings after occupation steps, which keep only what differs from the holdings they start from,
 * against holdings that hold the same outcomes from the start. The snapshot is generated (seeded),
 * large enough that one step changes a few hundred outcomes.
 */
class HoldingsStepTest {

  private static final int OUTCOMES = 2_000;
  private static final int OCCUPATIONS = 6;
  private final TaxonomySnapshot snapshot = snapshot(new Random(7));

  @Test
  void aStepSupportsEveryOutcomeAsHoldingBothOccupationsFromTheStartWould() {
    var start = Sources.occupation(snapshot, 0, true);

    var afterStep = start.plusOccupation(1);

    var fromScratch = Sources.occupation(snapshot, 0, true);
    holdOccupation(fromScratch, 1);
    assertSameSupport(afterStep, fromScratch);
    assertThat(changedOutcomes(start, afterStep)).isGreaterThan(200);
  }

  @Test
  void stepsOnStepsAddUp() {
    var afterThree = Sources.occupation(snapshot, 0, true).plusOccupation(2).plusOccupation(4);

    var fromScratch = Sources.occupation(snapshot, 0, true);
    holdOccupation(fromScratch, 2);
    holdOccupation(fromScratch, 4);
    assertSameSupport(afterThree, fromScratch);
  }

  @Test
  void aStepRanksEveryOccupationAsHoldingBothOccupationsFromTheStartWould() {
    var afterStep = Sources.occupation(snapshot, 0, true).plusOccupation(1);

    var fromScratch = Sources.occupation(snapshot, 0, true);
    holdOccupation(fromScratch, 1);
    assertThat(values(afterStep.owned())).isEqualTo(values(afterStep));
    assertThat(Rankings.occupationScores(afterStep))
        .containsExactly(Rankings.occupationScores(fromScratch));
  }

  @Test
  void aStepLeavesTheHoldingsItStartsFromAsTheyWere() {
    var start = Sources.occupation(snapshot, 3, true);
    var afterFirst = start.plusOccupation(5);
    var before = values(start);
    var beforeFirst = values(afterFirst);

    start.plusOccupation(1);
    afterFirst.plusOccupation(1).plusOccupation(2);

    assertThat(values(start)).isEqualTo(before);
    assertThat(values(afterFirst)).isEqualTo(beforeFirst);
  }

  private void holdOccupation(Holdings holdings, int occupation) {
    var requirements = snapshot.occupationRequirements[occupation];
    for (int o : requirements.essential()) {
      holdings.hold(o, 1.0);
    }
    for (int o : requirements.optional()) {
      holdings.hold(o, TransferParameters.SOURCE_OPTIONAL_WEIGHT);
    }
  }

  private void assertSameSupport(Holdings actual, Holdings expected) {
    for (int o = 0; o < snapshot.outcomeCount; o++) {
      assertThat(actual.held(o)).as("held %d", o).isEqualTo(expected.held(o));
      assertThat(actual.support(o)).as("support %d", o).isEqualTo(expected.support(o));
      // On a tie the first offer wins, so kind and source may differ only where support ties.
      if (actual.kind(o) == expected.kind(o) && actual.source(o) == expected.source(o)) {
        assertThat(actual.indirectSource(o)).isEqualTo(expected.indirectSource(o));
        assertThat(actual.via(o)).isEqualTo(expected.via(o));
      }
    }
  }

  private int changedOutcomes(Holdings before, Holdings after) {
    int changed = 0;
    for (int o = 0; o < snapshot.outcomeCount; o++) {
      if (before.support(o) != after.support(o)) {
        changed++;
      }
    }
    return changed;
  }

  private List<String> values(Holdings holdings) {
    var values = new ArrayList<String>();
    for (int o = 0; o < snapshot.outcomeCount; o++) {
      values.add(
          holdings.held(o)
              + " "
              + holdings.support(o)
              + " "
              + holdings.kind(o)
              + " "
              + holdings.source(o)
              + " "
              + holdings.indirectSource(o)
              + " "
              + holdings.via(o));
    }
    return values;
  }

  private static TaxonomySnapshot snapshot(Random random) {
    var outcomes = new ArrayList<LearningOutcome>();
    for (int i = 0; i < OUTCOMES; i++) {
      outcomes.add(HoldingsTest.outcome("o" + i, i % 3 == 0 ? "transversal" : "sector-specific"));
    }
    var groups = List.of(HoldingsTest.group("g0"), HoldingsTest.group("g1"));
    var broader = new ArrayList<BroaderPair>();
    var similar = new ArrayList<SimilarPair>();
    var related = new ArrayList<RelatedPair>();
    for (int i = 0; i < OUTCOMES; i++) {
      broader.add(new BroaderPair("o" + i, i % 50 == 0 ? "g" + (i % 2) : "o" + (i - i % 50)));
      for (int k = 0; k < 4; k++) {
        int other = random.nextInt(OUTCOMES);
        if (other != i) {
          similar.add(
              new SimilarPair(
                  "o" + i, "o" + other, 0.7 + 0.3 * random.nextDouble(), k == 0 ? "g0" : null));
        }
      }
      if (i % 7 == 0) {
        related.add(new RelatedPair("o" + i, "o" + random.nextInt(OUTCOMES), "optional"));
      }
    }
    var occupations = new ArrayList<OccupationRow>();
    for (int j = 0; j < OCCUPATIONS; j++) {
      var essential = new ArrayList<String>();
      var optional = new ArrayList<String>();
      for (int k = 0; k < 40; k++) {
        essential.add("o" + random.nextInt(OUTCOMES));
        optional.add("o" + random.nextInt(OUTCOMES));
      }
      occupations.add(
          new OccupationRow(
              Occupation.fromProperties(Map.of("id", "occ" + j, "prefLabel_en", "occ" + j)),
              essential.stream().distinct().toList(),
              optional.stream().distinct().filter(o -> !essential.contains(o)).toList(),
              false));
    }
    return new TaxonomySnapshot(
        new SnapshotData(
            "generated", outcomes, groups, broader, related, similar, occupations, List.of()));
  }
}
