package org.competenceatlas.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.competenceatlas.recognition.SuggestionRanking.Hit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SuggestionRankingTest {

  private static Hit hit(String id, float score) {
    return new Hit(id, score, score);
  }

  /**
   * A first phrase close to three outcomes that say one doing in other words (0.80, 0.79, 0.78), a
   * second phrase close to one outcome with the given score, the cost per place and the order.
   */
  static Stream<Arguments> twoPhrases() {
    return Stream.of(
        Arguments.of(
            "a second doing comes before a near-equal rephrasing of the first",
            0.77f,
            0.03f,
            List.of("medication-a", "appointments", "medication-b", "medication-c")),
        Arguments.of(
            "without a penalty the closest outcomes come first whatever their phrase",
            0.74f,
            0f,
            List.of("medication-a", "medication-b", "medication-c", "appointments")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("twoPhrases")
  void theOutcomesOfTwoPhrasesAreRankedByClosenessLessACostPerPlace(
      String what, float secondScore, float penalty, List<String> expected) {
    var hits =
        List.of(
            List.of(
                hit("medication-a", 0.80f), hit("medication-b", 0.79f), hit("medication-c", 0.78f)),
            List.of(hit("appointments", secondScore)));

    var ranked = SuggestionRanking.rank(hits, penalty, 10);

    assertThat(ranked)
        .extracting(SuggestionRanking.Ranked::outcomeId)
        .containsExactlyElementsOf(expected);
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
