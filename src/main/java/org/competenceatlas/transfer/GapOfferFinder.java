package org.competenceatlas.transfer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.competenceatlas.qualification.QualificationService;
import org.competenceatlas.taxonomy.LearningOutcome;
import org.springframework.stereotype.Component;

/**
 * Chooses learning opportunities for a gap: greedily the offer that closes the most remaining gap
 * weight, until no offer closes more. Greedy set cover is within a logarithmic factor of the fewest
 * offers, and a person can follow its order.
 */
@Component
public class GapOfferFinder {

  private final QualificationService qualifications;

  GapOfferFinder(QualificationService qualifications) {
    this.qualifications = qualifications;
  }

  public List<GapOffer> cover(List<GapOutcome> gap) {
    var weights = new HashMap<String, Double>();
    var outcomes = new HashMap<String, LearningOutcome>();
    for (var item : gap) {
      weights.put(item.outcome().id(), item.weight() * (1 - item.support()));
      outcomes.put(item.outcome().id(), item.outcome());
    }
    var candidates = new ArrayList<>(qualifications.opportunitiesTeaching(weights.keySet()));
    var open = new HashSet<>(weights.keySet());
    var chosen = new ArrayList<GapOffer>();
    while (!open.isEmpty() && !candidates.isEmpty()) {
      var best = candidates.get(0);
      double bestGain = 0;
      for (var candidate : candidates) {
        double gain = gain(candidate.outcomeIds(), open, weights);
        if (gain > bestGain) {
          best = candidate;
          bestGain = gain;
        }
      }
      if (bestGain <= 0) {
        break;
      }
      var closes = best.outcomeIds().stream().filter(open::contains).map(outcomes::get).toList();
      closes.forEach(outcome -> open.remove(outcome.id()));
      chosen.add(new GapOffer(best.offer(), closes));
      candidates.remove(best);
    }
    return chosen;
  }

  public List<GapQualification> qualifications(List<GapOutcome> gap) {
    Map<String, LearningOutcome> outcomes = new HashMap<>();
    gap.forEach(item -> outcomes.put(item.outcome().id(), item.outcome()));
    return qualifications.qualificationsRequiring(outcomes.keySet()).stream()
        .map(
            teaching ->
                new GapQualification(
                    teaching.offer(), teaching.outcomeIds().stream().map(outcomes::get).toList()))
        .toList();
  }

  private static double gain(
      List<String> teaches, HashSet<String> open, Map<String, Double> weights) {
    double gain = 0;
    for (var id : teaches) {
      if (open.contains(id)) {
        gain += weights.get(id);
      }
    }
    return gain;
  }
}
