package org.competenceatlas.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecognitionEvaluationTest {

  private static NarrativeSet.Narrative narrative(
      String id, Set<String> expected, Set<String> pooledYes, Set<String> no) {
    var relevant = new java.util.HashSet<>(expected);
    relevant.addAll(pooledYes);
    return new NarrativeSet.Narrative(id, "care", "INFORMAL", id, expected, relevant, no);
  }

  @Test
  void unjudgedSuggestionsCountAsWrongAndPooledOnesDoNotRaiseRecall() {
    var set =
        new NarrativeSet(
            List.of(
                narrative("a", Set.of("e1", "e2"), Set.of("p1"), Set.of("n1")),
                narrative("b", Set.of("e3", "e4", "e5", "e6"), Set.of(), Set.of())));

    var report =
        RecognitionEvaluation.evaluate(
            set,
            text ->
                text.equals("a")
                    ? List.of("e1", "p1", "n1", "x1", "x2", "e2")
                    : List.of("e3", "e4", "e5", "e6", "x3"));

    // a: e1 and p1 right of five (0.4); b: four of five (0.8)
    assertThat(report.precisionAt5()).isCloseTo(0.6, within(1e-9));
    // a: e1, e2 of two (1.0); b: four of four (1.0)
    assertThat(report.recallAt10()).isCloseTo(1.0, within(1e-9));
    assertThat(report.unjudged()).isEqualTo(3);
  }

  @Test
  void fewerThanFiveSuggestionsStillCountOutOfFive() {
    var set = new NarrativeSet(List.of(narrative("a", Set.of("e1", "e2"), Set.of(), Set.of())));

    var report = RecognitionEvaluation.evaluate(set, text -> List.of("e1"));

    assertThat(report.precisionAt5()).isCloseTo(0.2, within(1e-9));
    assertThat(report.recallAt10()).isCloseTo(0.5, within(1e-9));
  }

  @Test
  void theRepositorysSetHasAtLeastFortyNarrativesEachWithOutcomesExpectedBeforeAnyRun() {
    var set = NarrativeSet.read(Path.of(EvaluateRecognitionCommand.DEFAULT_NARRATIVES));

    assertThat(set.narratives()).hasSizeGreaterThanOrEqualTo(40);
    assertThat(set.narratives()).allSatisfy(n -> assertThat(n.expected()).isNotEmpty());
    assertThat(set.narratives())
        .extracting(NarrativeSet.Narrative::area)
        .contains("care", "volunteering", "hobbies", "work", "school");
    assertThat(set.narratives())
        .extracting(NarrativeSet.Narrative::kind)
        .contains("INFORMAL", "NON_FORMAL", "FORMAL");
  }
}
