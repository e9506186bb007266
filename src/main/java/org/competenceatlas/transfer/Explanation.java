package org.competenceatlas.transfer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import org.competenceatlas.taxonomy.Importance;
import org.competenceatlas.taxonomy.LearningOutcome;
import org.competenceatlas.transfer.TaxonomySnapshot.Requirements;
import org.competenceatlas.transfer.Transition.Target;

/**
 * Explains a score: every supported requirement with the held outcome behind it and the path that
 * links them, the gap, the competence areas and, for a qualification, its units. Built only for the
 * transfers a person looks at, never inside a ranking.
 */
final class Explanation {

  private Explanation() {}

  static Transfer explain(Holdings holdings, Endpoint from, Endpoint to, Target target) {
    var snapshot = holdings.snapshot;
    var requirements = requirements(snapshot, target);
    var capped = Scoring.capped(holdings, requirements);
    var parts = Scoring.parts(holdings, requirements, capped);
    var essential =
        matches(
            holdings,
            requirements.essential(),
            Importance.ESSENTIAL,
            parts.essentialShare(),
            capped,
            0);
    var matches = new ArrayList<OutcomeMatch>(essential);
    matches.addAll(
        matches(
            holdings,
            requirements.optional(),
            Importance.OPTIONAL,
            parts.optionalShare(),
            capped,
            requirements.essential().length));
    matches.sort(BY_CONTRIBUTION);
    return new Transfer(
        from,
        to,
        parts,
        matches,
        gap(holdings, requirements.essential(), capped),
        units(holdings, target),
        areas(holdings, requirements.essential(), capped, essential));
  }

  private static final Comparator<OutcomeMatch> BY_CONTRIBUTION =
      Comparator.comparingDouble((OutcomeMatch m) -> -m.contribution());

  static Requirements requirements(TaxonomySnapshot snapshot, Target target) {
    return target.qualification()
        ? snapshot.qualificationRequirements[target.index()]
        : snapshot.occupationRequirements[target.index()];
  }

  private static List<OutcomeMatch> matches(
      Holdings holdings,
      int[] required,
      Importance importance,
      double share,
      boolean[] capped,
      int offset) {
    var snapshot = holdings.snapshot;
    double total = 0;
    for (int o : required) {
      total += snapshot.rarity[o];
    }
    var matches = new ArrayList<OutcomeMatch>();
    for (int k = 0; k < required.length; k++) {
      int o = required[k];
      double support = Scoring.support(holdings, o, capped, offset + k);
      if (support <= 0) {
        continue;
      }
      double weight = snapshot.rarity[o] / total;
      matches.add(
          new OutcomeMatch(
              snapshot.outcome(o),
              importance,
              snapshot.outcome(holdings.source(o)),
              holdings.kind(o),
              support,
              weight,
              share * weight * support,
              Paths.explain(holdings, o),
              meaningLink(holdings.kind(o)) ? similarity(holdings, o) : null));
    }
    return matches;
  }

  private static boolean meaningLink(MatchKind kind) {
    return kind == MatchKind.SIMILAR || kind == MatchKind.SHARED_GROUP;
  }

  /** The meaning layer's score of the link that gave this support. */
  private static double similarity(Holdings holdings, int required) {
    for (var link : holdings.snapshot.similar[holdings.source(required)]) {
      if (link.outcome() == required) {
        return link.score();
      }
    }
    throw new IllegalStateException("No meaning link behind the support of " + required);
  }

  private static List<GapOutcome> gap(Holdings holdings, int[] essential, boolean[] capped) {
    var snapshot = holdings.snapshot;
    double total = 0;
    for (int o : essential) {
      total += snapshot.rarity[o];
    }
    var gap = new ArrayList<GapOutcome>();
    for (int k = 0; k < essential.length; k++) {
      int o = essential[k];
      double support = Scoring.support(holdings, o, capped, k);
      if (support < TransferParameters.GAP_THRESHOLD) {
        gap.add(new GapOutcome(snapshot.outcome(o), snapshot.rarity[o] / total, support));
      }
    }
    gap.sort(Comparator.comparingDouble((GapOutcome g) -> -g.weight() * (1 - g.support())));
    return gap;
  }

  private static final class AreaTally {
    int required;
    int supported;
    int covered;
    double weight;
    double weightedSupport;
    final List<OutcomeMatch> matches = new ArrayList<>();
  }

  /**
   * The essential requirements by competence area: what carries over shows by area even when the
   * overall score is low. Areas with the most supported requirements come first.
   */
  private static List<AreaCoverage> areas(
      Holdings holdings, int[] essential, boolean[] capped, List<OutcomeMatch> matches) {
    var snapshot = holdings.snapshot;
    var areaOf = snapshot.hierarchy.areaOf;
    var tallies = new LinkedHashMap<Integer, AreaTally>();
    for (int k = 0; k < essential.length; k++) {
      int o = essential[k];
      double support = Scoring.support(holdings, o, capped, k);
      var tally = tallies.computeIfAbsent(areaOf[o], area -> new AreaTally());
      tally.required++;
      tally.supported += support > 0 ? 1 : 0;
      tally.covered += support >= TransferParameters.GAP_THRESHOLD ? 1 : 0;
      tally.weight += snapshot.rarity[o];
      tally.weightedSupport += snapshot.rarity[o] * support;
    }
    for (var match : matches) {
      int o = snapshot.outcomeIndex(match.required().id());
      tallies.get(areaOf[o]).matches.add(match);
    }
    var areas = new ArrayList<AreaCoverage>(tallies.size());
    tallies.forEach(
        (area, tally) -> {
          tally.matches.sort(BY_CONTRIBUTION);
          areas.add(
              new AreaCoverage(
                  area < 0 ? null : snapshot.concepts[area],
                  tally.required,
                  tally.supported,
                  tally.covered,
                  tally.weight > 0 ? tally.weightedSupport / tally.weight : 0,
                  List.copyOf(tally.matches)));
        });
    areas.sort(
        Comparator.comparingInt((AreaCoverage a) -> -a.supportedCount())
            .thenComparingDouble(a -> -a.coverage())
            .thenComparingInt(a -> -a.requiredCount())
            .thenComparing(a -> a.area() == null ? "\uffff" : a.area().id()));
    return areas;
  }

  private static List<UnitCoverage> units(Holdings holdings, Target target) {
    if (!target.qualification()) {
      return List.of();
    }
    var snapshot = holdings.snapshot;
    var units = new ArrayList<UnitCoverage>();
    for (var unit : snapshot.qualifications[target.index()].units()) {
      var missing = new ArrayList<LearningOutcome>();
      for (int o : unit.outcomes()) {
        if (holdings.kind(o) != MatchKind.SAME) {
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
}
