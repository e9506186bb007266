package org.competenceatlas.recognition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Orders the outcomes close to a story's phrases. Each outcome rests on the phrase it is closest
 * to; each phrase's outcomes are ranked by closeness, and an outcome's place in the answer is its
 * closeness less a small cost per place down its phrase's list. So the answer covers the several
 * things a story tells before it repeats one of them in other words.
 */
final class SuggestionRanking {

  /**
   * An outcome close to one phrase: {@code score} orders, {@code strength} is what a person is
   * shown (the phrase's own closeness to the outcome).
   */
  record Hit(String outcomeId, float score, float strength) {}

  /** An outcome resting on one phrase (by index), with its score, strength and place key. */
  record Ranked(String outcomeId, int phrase, float score, float strength, float order) {}

  private SuggestionRanking() {}

  /** {@code hits.get(p)} are phrase p's outcomes; the best {@code first} overall, best first. */
  static List<Ranked> rank(List<List<Hit>> hits, float rankPenalty, int first) {
    var best = new LinkedHashMap<String, Ranked>();
    for (int p = 0; p < hits.size(); p++) {
      for (var hit : hits.get(p)) {
        var held = best.get(hit.outcomeId());
        if (held == null || hit.score() > held.score()) {
          best.put(
              hit.outcomeId(),
              new Ranked(hit.outcomeId(), p, hit.score(), hit.strength(), hit.score()));
        }
      }
    }
    var byPhrase = new ArrayList<List<Ranked>>();
    for (int p = 0; p < hits.size(); p++) {
      byPhrase.add(new ArrayList<>());
    }
    best.values().forEach(r -> byPhrase.get(r.phrase()).add(r));
    var ranked = new ArrayList<Ranked>();
    for (var outcomes : byPhrase) {
      outcomes.sort(
          Comparator.comparingDouble((Ranked r) -> -r.score()).thenComparing(Ranked::outcomeId));
      for (int place = 0; place < outcomes.size(); place++) {
        var r = outcomes.get(place);
        ranked.add(
            new Ranked(
                r.outcomeId(),
                r.phrase(),
                r.score(),
                r.strength(),
                r.score() - rankPenalty * place));
      }
    }
    ranked.sort(
        Comparator.comparingDouble((Ranked r) -> -r.order())
            .thenComparingDouble(r -> -r.score())
            .thenComparing(Ranked::outcomeId));
    return List.copyOf(ranked.subList(0, Math.min(first, ranked.size())));
  }
}
