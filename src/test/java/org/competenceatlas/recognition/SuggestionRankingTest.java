package org.competenceatlas.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.competenceatlas.recognition.SuggestionRanking.Hit;
import org.junit.jupiter.api.Test;

class SuggestionRankingTest {

  private static Hit hit(String id, float score) {
    return new Hit(id, score, score);
  }

  @Test
  void aSecondDoingComesBeforeANearEqualRephrasingOfTheFirst() {
    var hits =
        List.of(
            List.of(
                hit("medication-a", 0.80f), hit("medication-b", 0.79f), hit("medication-c", 0.78f)),
            List.of(hit("appointments", 0.77f)));

    var ranked = SuggestionRanking.rank(hits, 0.03f, 10);

    assertThat(ranked)
        .extracting(SuggestionRanking.Ranked::outcomeId)
        .containsExactly("medication-a", "appointments", "medication-b", "medication-c");
  }

  @Test
  void withoutAPenaltyTheClosestOutcomesComeFirstWhateverTheirPhrase() {
    var hits =
        List.of(
            List.of(
                hit("medication-a", 0.80f), hit("medication-b", 0.79f), hit("medication-c", 0.78f)),
            List.of(hit("appointments", 0.74f)));

    var ranked = SuggestionRanking.rank(hits, 0, 10);

    assertThat(ranked)
        .extracting(SuggestionRanking.Ranked::outcomeId)
        .containsExactly("medication-a", "medication-b", "medication-c", "appointments");
  }

  @Test
  void anOutcomeCloseToSeveralPhrasesRestsOnTheClosestOnceAndFirstCapsTheAnswer() {
    var hits =
        List.of(
            List.of(hit("company", 0.50f), hit("games", 0.45f)), List.of(hit("company", 0.70f)));

    var ranked = SuggestionRanking.rank(hits, 0.03f, 1);

    assertThat(ranked).hasSize(1);
    assertThat(ranked.get(0).outcomeId()).isEqualTo("company");
    assertThat(ranked.get(0).phrase()).isEqualTo(1);
    assertThat(ranked.get(0).strength()).isEqualTo(0.70f);
  }
}
