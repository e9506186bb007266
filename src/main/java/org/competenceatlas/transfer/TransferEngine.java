package org.competenceatlas.transfer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import org.competenceatlas.learner.ClaimedOutcomes;
import org.competenceatlas.learner.LearnerService;
import org.competenceatlas.transfer.Transition.Target;
import org.springframework.stereotype.Service;

/**
 * Scores and explains transfers on the current taxonomy snapshot: what a source holds ({@link
 * Sources}), the score of one target ({@link Scoring}), every destination ranked ({@link Rankings})
 * and the explanation of one transfer ({@link Explanation}). {@code docs/scoring.md} documents the
 * formula. This is the transfer capability's door for the other modules.
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
    if (Sources.isOccupation(source)) {
      var snapshot = snapshots.current();
      return Sources.occupation(
          snapshot,
          Sources.occupationIndex(snapshot, source.occupationId()),
          !Boolean.FALSE.equals(source.includeOptional()));
    }
    return holdings(learners.claimedOutcomes(source.learnerId()));
  }

  /** What a learner holds by these claims, for callers that have read them already. */
  public Holdings holdings(ClaimedOutcomes claimed) {
    return Sources.learner(snapshots.current(), claimed);
  }

  /** The learner as the source of a transfer. */
  public Endpoint describe(ClaimedOutcomes claimed) {
    return Sources.learnerEndpoint(claimed.learnerId(), claimed.displayName());
  }

  public Endpoint describe(TransferSource source) {
    if (Sources.isOccupation(source)) {
      var snapshot = snapshots.current();
      return Sources.occupationEndpoint(
          snapshot, Sources.occupationIndex(snapshot, source.occupationId()));
    }
    var learner = learners.learner(source.learnerId());
    return Sources.learnerEndpoint(learner.id(), learner.displayName());
  }

  public Transfer transfer(TransferSource from, TransferTarget to) {
    if (Sources.isOccupation(from)) {
      var holdings = holdings(from);
      return explain(holdings, describe(from), Sources.target(holdings.snapshot, to));
    }
    var claimed = learners.claimedOutcomes(from.learnerId());
    var holdings = holdings(claimed);
    return explain(holdings, describe(claimed), Sources.target(holdings.snapshot, to));
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
    return Rankings.occupations(holdings, iscoPrefix, minScore, skip, limit);
  }

  /** Every qualification, the closest first. */
  public List<Transition> rankQualifications(Holdings holdings, double minScore) {
    return Rankings.qualifications(holdings, minScore);
  }

  /**
   * The score of every occupation from these holdings, by snapshot index, without explanations: the
   * tight loop behind exports and the in-memory yardstick of the benchmarks.
   */
  public double[] occupationScores(Holdings holdings) {
    return Rankings.occupationScores(holdings);
  }

  /** The occupations of the current taxonomy, by snapshot index, deprecated ones included. */
  public List<Endpoint> occupations() {
    var snapshot = snapshots.current();
    var endpoints = new ArrayList<Endpoint>(snapshot.occupations.length);
    for (int i = 0; i < snapshot.occupations.length; i++) {
      endpoints.add(Sources.occupationEndpoint(snapshot, i));
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
    return Sources.occupationIndex(holdings.snapshot, occupationId);
  }

  /** The transition from these holdings to one occupation. */
  public Transition toOccupation(Holdings holdings, int occupation) {
    return Rankings.transition(holdings, new Target(false, occupation));
  }

  public Holdings plusOccupation(Holdings holdings, int occupation) {
    return holdings.plusOccupation(occupation);
  }

  public ScoreParts score(Holdings holdings, Target target) {
    return Scoring.parts(holdings, Explanation.requirements(holdings.snapshot, target));
  }

  /**
   * The score with every matched pair, its path, the gap, the areas and, for qualifications, the
   * units.
   */
  public Transfer explain(Holdings holdings, Endpoint from, Target target) {
    return Explanation.explain(holdings, from, Sources.endpoint(holdings.snapshot, target), target);
  }
}
