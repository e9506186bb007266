package org.competenceatlas.transfer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.IntPredicate;
import org.competenceatlas.common.InvalidInputException;
import org.competenceatlas.common.Labels;
import org.competenceatlas.common.NotFoundException;
import org.competenceatlas.learner.ClaimedOutcomes;
import org.competenceatlas.learner.LearnerService;
import org.competenceatlas.taxonomy.Importance;
import org.competenceatlas.transfer.Endpoint.EndpointKind;
import org.competenceatlas.transfer.Transition.Target;
import org.springframework.stereotype.Service;

/**
 * Scores and explains transfers: for every outcome a target requires, the best support among what
 * the source holds (see {@link Holdings}), weighted by how rare the requirement is, essential
 * outcomes dominating. {@code docs/scoring.md} documents the formula.
 */
@Service
public class TransferEngine {

  private final TaxonomySnapshots snapshots;
  private final LearnerService learners;

  TransferEngine(TaxonomySnapshots snapshots, LearnerService learners) {
    this.snapshots = snapshots;
    this.learners = learners;
  }

  /** What the source holds, and the support it gives every outcome of the current taxonomy. */
  public Holdings holdings(TransferSource source) {
    if (isOccupation(source)) {
      var snapshot = snapshots.current();
      var holdings = Holdings.empty(snapshot);
      var index = occupationIndex(snapshot, source.occupationId());
      var requirements = snapshot.occupationRequirements[index];
      for (int o : requirements.essential()) {
        holdings.hold(o, 1.0);
      }
      if (!Boolean.FALSE.equals(source.includeOptional())) {
        for (int o : requirements.optional()) {
          holdings.hold(o, TransferParameters.SOURCE_OPTIONAL_WEIGHT);
        }
      }
      return holdings;
    }
    return holdings(learners.claimedOutcomes(source.learnerId()));
  }

  /** What a learner holds by these claims, for callers that have read them already. */
  public Holdings holdings(ClaimedOutcomes claimed) {
    var holdings = Holdings.empty(snapshots.current());
    for (var claim : claimed.claims()) {
      var index = holdings.snapshot.outcomeIndex(claim.outcomeId());
      if (index != null) {
        holdings.hold(index, claimWeight(claim.status()));
      }
    }
    return holdings;
  }

  /** The learner as the source of a transfer. */
  public Endpoint describe(ClaimedOutcomes claimed) {
    return learnerEndpoint(claimed.learnerId(), claimed.displayName());
  }

  private static Endpoint learnerEndpoint(String id, String displayName) {
    return new Endpoint(
        id,
        EndpointKind.LEARNER,
        Labels.fromProperties(java.util.Map.of("prefLabel_en", displayName)));
  }

  public Endpoint describe(TransferSource source) {
    if (isOccupation(source)) {
      var snapshot = snapshots.current();
      return occupationEndpoint(snapshot, occupationIndex(snapshot, source.occupationId()));
    }
    var learner = learners.learner(source.learnerId());
    return learnerEndpoint(learner.id(), learner.displayName());
  }

  public Transfer transfer(TransferSource from, TransferTarget to) {
    if (isOccupation(from)) {
      var holdings = holdings(from);
      return explain(holdings, describe(from), target(holdings.snapshot, to));
    }
    var claimed = learners.claimedOutcomes(from.learnerId());
    var holdings = holdings(claimed);
    return explain(holdings, describe(claimed), target(holdings.snapshot, to));
  }

  /** Every occupation (except deprecated ones and those {@code skip} names), best first. */
  public List<Transition> rankOccupations(
      Holdings holdings, String iscoPrefix, double minScore, IntPredicate skip) {
    return rankOccupations(holdings, iscoPrefix, minScore, skip, Integer.MAX_VALUE).best();
  }

  /**
   * The best {@code limit} occupations of {@link #rankOccupations(Holdings, String, double,
   * IntPredicate)}, in the same order, and how many there are in all. Only the head becomes {@link
   * Transition}s and is sorted: a page of 20 out of 3,000 needs no more.
   */
  public Ranking rankOccupations(
      Holdings holdings, String iscoPrefix, double minScore, IntPredicate skip, int limit) {
    var snapshot = holdings.snapshot;
    int count = snapshot.occupations.length;
    var scores = new double[count];
    var candidates = new int[count];
    int total = 0;
    for (int i = 0; i < count; i++) {
      if (snapshot.deprecatedOccupation[i] || skip.test(i)) {
        continue;
      }
      var code = snapshot.occupations[i].iscoCode();
      if (iscoPrefix != null && (code == null || !code.startsWith(iscoPrefix))) {
        continue;
      }
      scores[i] = scoreOnly(holdings, snapshot.occupationRequirements[i]);
      if (scores[i] >= minScore) {
        candidates[total++] = i;
      }
    }
    var best = best(candidates, total, limit, scores, snapshot.occupationLabelRank);
    var ranked = new ArrayList<Transition>(best.length);
    for (int i : best) {
      var target = new Target(false, i);
      ranked.add(
          new Transition(
              occupationEndpoint(snapshot, i), score(holdings, target), holdings, target));
    }
    return new Ranking(ranked, total);
  }

  /** Every qualification, the closest first. */
  public List<Transition> rankQualifications(Holdings holdings, double minScore) {
    var snapshot = holdings.snapshot;
    int count = snapshot.qualifications.length;
    var scores = new double[count];
    var parts = new ScoreParts[count];
    var candidates = new int[count];
    int total = 0;
    for (int i = 0; i < count; i++) {
      parts[i] = score(holdings, new Target(true, i));
      scores[i] = parts[i].score();
      if (scores[i] >= minScore) {
        candidates[total++] = i;
      }
    }
    var ranked = new ArrayList<Transition>(total);
    for (int i : best(candidates, total, total, scores, snapshot.qualificationLabelRank)) {
      ranked.add(
          new Transition(
              qualificationEndpoint(snapshot, i), parts[i], holdings, new Target(true, i)));
    }
    return ranked;
  }

  /**
   * The first {@code limit} of {@code candidates} by score, highest first, ties by English label
   * (its rank in the snapshot). A bounded heap keeps the worst of the best on top, so a short head
   * costs a pass over the candidates, not a sort of them all.
   */
  private static int[] best(int[] candidates, int total, int limit, double[] scores, int[] rank) {
    Comparator<Integer> bestFirst =
        (a, b) -> {
          int byScore = Double.compare(scores[b], scores[a]);
          return byScore != 0 ? byScore : Integer.compare(rank[a], rank[b]);
        };
    int size = Math.min(limit, total);
    var heap = new PriorityQueue<Integer>(Math.max(size, 1), bestFirst.reversed());
    for (int c = 0; c < total && size > 0; c++) {
      int candidate = candidates[c];
      if (heap.size() < size) {
        heap.add(candidate);
      } else if (bestFirst.compare(candidate, heap.peek()) < 0) {
        heap.poll();
        heap.add(candidate);
      }
    }
    var best = new int[heap.size()];
    for (int k = best.length - 1; k >= 0; k--) {
      best[k] = heap.poll();
    }
    return best;
  }

  /**
   * The score of every occupation from these holdings, by snapshot index, without explanations: the
   * tight loop behind exports and the in-memory yardstick of the benchmarks.
   */
  public double[] occupationScores(Holdings holdings) {
    var snapshot = holdings.snapshot;
    var scores = new double[snapshot.occupations.length];
    for (int i = 0; i < scores.length; i++) {
      scores[i] = score(holdings, new Target(false, i)).score();
    }
    return scores;
  }

  /** The occupations of the current taxonomy, by snapshot index, deprecated ones included. */
  public List<Endpoint> occupations() {
    var snapshot = snapshots.current();
    var endpoints = new ArrayList<Endpoint>(snapshot.occupations.length);
    for (int i = 0; i < snapshot.occupations.length; i++) {
      endpoints.add(occupationEndpoint(snapshot, i));
    }
    return endpoints;
  }

  /**
   * A fingerprint of the taxonomy the engine scores on: it changes whenever the taxonomy does, so
   * callers that cache results derived from scores know when to recompute them.
   */
  public String taxonomyStamp() {
    return snapshots.current().stamp;
  }

  /** Whether the occupation at this index is deprecated: kept for claims, required by nothing. */
  public boolean deprecatedOccupation(Holdings holdings, int occupation) {
    return holdings.snapshot.deprecatedOccupation[occupation];
  }

  /** The index of an occupation in the snapshot the holdings were built on. */
  public int occupationIndex(Holdings holdings, String occupationId) {
    return occupationIndex(holdings.snapshot, occupationId);
  }

  /** The transition from these holdings to one occupation. */
  public Transition toOccupation(Holdings holdings, int occupation) {
    var target = new Target(false, occupation);
    return new Transition(
        occupationEndpoint(holdings.snapshot, occupation),
        score(holdings, target),
        holdings,
        target);
  }

  public Holdings plusOccupation(Holdings holdings, int occupation) {
    return holdings.plusOccupation(occupation);
  }

  public ScoreParts score(Holdings holdings, Target target) {
    var snapshot = holdings.snapshot;
    var requirements = requirements(snapshot, target);
    double essentialWeight = requirements.essentialWeight();
    double essentialCovered = covered(holdings, requirements.essential());
    double optionalWeight = requirements.optionalWeight();
    double optionalCovered = covered(holdings, requirements.optional());
    double essentialCoverage = essentialWeight > 0 ? essentialCovered / essentialWeight : 0;
    Double optionalCoverage = optionalWeight > 0 ? optionalCovered / optionalWeight : null;
    double weightedOptional = TransferParameters.OPTIONAL_REQUIREMENT_WEIGHT * optionalWeight;
    double total = essentialWeight + weightedOptional;
    double essentialShare = total > 0 ? essentialWeight / total : 0;
    double optionalShare = total > 0 ? weightedOptional / total : 0;
    return new ScoreParts(
        combine(essentialShare, essentialCoverage, optionalShare, optionalCoverage),
        essentialCoverage,
        optionalCoverage,
        essentialShare,
        optionalShare,
        requirements.essential().length,
        requirements.optional().length);
  }

  /**
   * {@link #score}'s number alone, with the same arithmetic in the same order (so the same double),
   * without allocating: the inner loop of rankings.
   */
  private static double scoreOnly(Holdings holdings, TaxonomySnapshot.Requirements requirements) {
    double essentialWeight = requirements.essentialWeight();
    double essentialCovered = covered(holdings, requirements.essential());
    double optionalWeight = requirements.optionalWeight();
    double optionalCovered = covered(holdings, requirements.optional());
    double essentialCoverage = essentialWeight > 0 ? essentialCovered / essentialWeight : 0;
    double weightedOptional = TransferParameters.OPTIONAL_REQUIREMENT_WEIGHT * optionalWeight;
    double total = essentialWeight + weightedOptional;
    double essentialShare = total > 0 ? essentialWeight / total : 0;
    double optionalShare = total > 0 ? weightedOptional / total : 0;
    return optionalWeight > 0
        ? combine(
            essentialShare, essentialCoverage, optionalShare, optionalCovered / optionalWeight)
        : combine(essentialShare, essentialCoverage, optionalShare, null);
  }

  private static double combine(
      double essentialShare,
      double essentialCoverage,
      double optionalShare,
      Double optionalCoverage) {
    return essentialShare * essentialCoverage
        + (optionalCoverage == null ? 0 : optionalShare * optionalCoverage);
  }

  private static double covered(Holdings holdings, int[] outcomes) {
    var rarity = holdings.snapshot.rarity;
    double covered = 0;
    for (int o : outcomes) {
      covered += rarity[o] * holdings.support[o];
    }
    return covered;
  }

  /** The score with every matched pair, its path, the gap and, for qualifications, the units. */
  public Transfer explain(Holdings holdings, Endpoint from, Target target) {
    var snapshot = holdings.snapshot;
    var parts = score(holdings, target);
    var requirements = requirements(snapshot, target);
    var matches = new ArrayList<OutcomeMatch>();
    addMatches(
        holdings, requirements.essential(), Importance.ESSENTIAL, parts.essentialShare(), matches);
    addMatches(
        holdings, requirements.optional(), Importance.OPTIONAL, parts.optionalShare(), matches);
    matches.sort(Comparator.comparingDouble((OutcomeMatch m) -> -m.contribution()));
    var to =
        target.qualification()
            ? qualificationEndpoint(snapshot, target.index())
            : occupationEndpoint(snapshot, target.index());
    return new Transfer(
        from, to, parts, matches, gap(holdings, requirements.essential()), units(holdings, target));
  }

  private void addMatches(
      Holdings holdings,
      int[] required,
      Importance importance,
      double share,
      List<OutcomeMatch> out) {
    var snapshot = holdings.snapshot;
    double total = 0;
    for (int o : required) {
      total += snapshot.rarity[o];
    }
    for (int o : required) {
      if (holdings.support[o] <= 0) {
        continue;
      }
      double weight = snapshot.rarity[o] / total;
      out.add(
          new OutcomeMatch(
              snapshot.outcome(o),
              importance,
              snapshot.outcome(holdings.source[o]),
              holdings.kind[o],
              holdings.support[o],
              weight,
              share * weight * holdings.support[o],
              Paths.explain(holdings, o)));
    }
  }

  private List<GapOutcome> gap(Holdings holdings, int[] essential) {
    var snapshot = holdings.snapshot;
    double total = 0;
    for (int o : essential) {
      total += snapshot.rarity[o];
    }
    var gap = new ArrayList<GapOutcome>();
    for (int o : essential) {
      if (holdings.support[o] < TransferParameters.GAP_THRESHOLD) {
        gap.add(
            new GapOutcome(snapshot.outcome(o), snapshot.rarity[o] / total, holdings.support[o]));
      }
    }
    gap.sort(Comparator.comparingDouble((GapOutcome g) -> -g.weight() * (1 - g.support())));
    return gap;
  }

  private List<UnitCoverage> units(Holdings holdings, Target target) {
    if (!target.qualification()) {
      return List.of();
    }
    var snapshot = holdings.snapshot;
    var units = new ArrayList<UnitCoverage>();
    for (var unit : snapshot.qualifications[target.index()].units()) {
      var missing = new ArrayList<org.competenceatlas.taxonomy.LearningOutcome>();
      for (int o : unit.outcomes()) {
        if (holdings.kind[o] != MatchKind.SAME) {
          missing.add(snapshot.outcome(o));
        }
      }
      int covered = unit.outcomes().length - missing.size();
      units.add(
          new UnitCoverage(
              unit.id(),
              unit.code(),
              unit.label(),
              unit.outcomes().length,
              covered,
              missing.isEmpty() && covered > 0,
              missing));
    }
    return units;
  }

  private static TaxonomySnapshot.Requirements requirements(
      TaxonomySnapshot snapshot, Target target) {
    return target.qualification()
        ? snapshot.qualificationRequirements[target.index()]
        : snapshot.occupationRequirements[target.index()];
  }

  private Target target(TaxonomySnapshot snapshot, TransferTarget to) {
    if (to == null || (to.occupationId() == null) == (to.qualificationId() == null)) {
      throw new InvalidInputException(
          "to", "to must name exactly one of occupationId or qualificationId");
    }
    if (to.occupationId() != null) {
      return new Target(false, occupationIndex(snapshot, to.occupationId()));
    }
    var index = snapshot.qualificationIndex.get(to.qualificationId());
    if (index == null) {
      throw new NotFoundException("qualification", to.qualificationId());
    }
    return new Target(true, index);
  }

  private static boolean isOccupation(TransferSource source) {
    if (source == null || (source.occupationId() == null) == (source.learnerId() == null)) {
      throw new InvalidInputException(
          "from", "from must name exactly one of occupationId or learnerId");
    }
    return source.occupationId() != null;
  }

  private static int occupationIndex(TaxonomySnapshot snapshot, String id) {
    var index = snapshot.occupationIndex.get(id);
    if (index == null) {
      throw new NotFoundException("occupation", id);
    }
    return index;
  }

  private static Endpoint occupationEndpoint(TaxonomySnapshot snapshot, int index) {
    var occupation = snapshot.occupations[index];
    return new Endpoint(occupation.id(), EndpointKind.OCCUPATION, occupation.labels());
  }

  private static Endpoint qualificationEndpoint(TaxonomySnapshot snapshot, int index) {
    var qualification = snapshot.qualifications[index];
    return new Endpoint(qualification.id(), EndpointKind.QUALIFICATION, qualification.labels());
  }

  private static double claimWeight(String status) {
    if (status == null) {
      return TransferParameters.CLAIM_SELF_ASSESSED;
    }
    return switch (status) {
      case "VALIDATED" -> TransferParameters.CLAIM_VALIDATED;
      case "EVIDENCED" -> TransferParameters.CLAIM_EVIDENCED;
      case "NOT_CONFIRMED" -> 0;
      default -> TransferParameters.CLAIM_SELF_ASSESSED;
    };
  }
}
