package org.competenceatlas.transfer;

import java.util.ArrayList;
import java.util.Comparator;
import org.competenceatlas.transfer.TaxonomySnapshot.Requirements;

/**
 * The transfer score of one target from what a source holds: the rarity-weighted mean support of
 * the target's requirements, essential ones dominating ({@code docs/scoring.md}).
 *
 * <p>One rule depends on the target, not only on the holdings: a held outcome gives indirect
 * support (any link but the same outcome) to at most {@link
 * TransferParameters#MAX_INDIRECT_SUPPORTS_PER_HELD} requirements of one target, those it adds most
 * to. The requirements beyond that count as unsupported, in the score and in the explanation alike.
 */
final class Scoring {

  private Scoring() {}

  static ScoreParts parts(Holdings holdings, Requirements requirements) {
    var capped = capped(holdings, requirements);
    return parts(holdings, requirements, capped);
  }

  static ScoreParts parts(Holdings holdings, Requirements requirements, boolean[] capped) {
    double essentialWeight = requirements.essentialWeight();
    double optionalWeight = requirements.optionalWeight();
    double essentialCoverage =
        essentialWeight > 0
            ? covered(holdings, requirements.essential(), capped, 0) / essentialWeight
            : 0;
    Double optionalCoverage =
        optionalWeight > 0
            ? covered(holdings, requirements.optional(), capped, requirements.essential().length)
                / optionalWeight
            : null;
    double weightedOptional = TransferParameters.OPTIONAL_REQUIREMENT_WEIGHT * optionalWeight;
    double total = essentialWeight + weightedOptional;
    double essentialShare = total > 0 ? essentialWeight / total : 0;
    double optionalShare = total > 0 ? weightedOptional / total : 0;
    return new ScoreParts(
        essentialShare * essentialCoverage
            + (optionalCoverage == null ? 0 : optionalShare * optionalCoverage),
        essentialCoverage,
        optionalCoverage,
        essentialShare,
        optionalShare,
        requirements.essential().length,
        requirements.optional().length);
  }

  /**
   * {@link #parts}'s score alone, with the same arithmetic in the same order (so the same double),
   * without building the parts: the inner loop of rankings. One pass over each class of requirement
   * sums the coverage and counts the requirements each held outcome supports indirectly; only when
   * one supports more than the limit is the target scored again with the limit applied. The
   * holdings' {@link #weightedSupport} is computed once for all targets of a ranking, so the loop
   * reads one array where it would multiply two.
   */
  static double score(Holdings holdings, double[] weightedSupport, Requirements requirements) {
    // Holdings whose arrays are their own only (Holdings.owned): this loop reads them directly.
    var counter = COUNTERS.get().begin(holdings.snapshot.outcomeCount);
    var indirectSource = holdings.ownIndirectSource();
    boolean over = false;
    double essentialCovered = 0;
    for (int o : requirements.essential()) {
      essentialCovered += weightedSupport[o];
      int held = indirectSource[o];
      over |= held >= 0 && counter.overLimit(held);
    }
    double optionalCovered = 0;
    for (int o : requirements.optional()) {
      optionalCovered += weightedSupport[o];
      int held = indirectSource[o];
      over |= held >= 0 && counter.overLimit(held);
    }
    if (over) {
      // Both passes counted every indirect support, so the limit is applied from these counts.
      return parts(holdings, requirements, cap(holdings, requirements, counter)).score();
    }
    double essentialWeight = requirements.essentialWeight();
    double optionalWeight = requirements.optionalWeight();
    double essentialCoverage = essentialWeight > 0 ? essentialCovered / essentialWeight : 0;
    double weightedOptional = TransferParameters.OPTIONAL_REQUIREMENT_WEIGHT * optionalWeight;
    double total = essentialWeight + weightedOptional;
    double essentialShare = total > 0 ? essentialWeight / total : 0;
    double optionalShare = total > 0 ? weightedOptional / total : 0;
    if (optionalWeight <= 0) {
      return essentialShare * essentialCoverage;
    }
    return essentialShare * essentialCoverage + optionalShare * (optionalCovered / optionalWeight);
  }

  private static final ThreadLocal<HeldCounter> COUNTERS =
      ThreadLocal.withInitial(HeldCounter::new);

  private static final ThreadLocal<double[]> WEIGHTED =
      ThreadLocal.withInitial(() -> new double[0]);

  /**
   * Each outcome's rarity times the support the holdings give it, the product {@link #parts} sums,
   * in an array of this thread that the next call overwrites: a ranking reads it for every target
   * and allocates nothing.
   */
  static double[] weightedSupport(Holdings holdings) {
    var rarity = holdings.snapshot.rarity;
    var support = holdings.ownSupport();
    var weighted = WEIGHTED.get();
    if (weighted.length < support.length) {
      weighted = new double[support.length];
      WEIGHTED.set(weighted);
    }
    for (int o = 0; o < support.length; o++) {
      weighted[o] = rarity[o] * support[o];
    }
    return weighted;
  }

  /**
   * Counts per held outcome for one target at a time, per thread, so that the ranking loop
   * allocates nothing. Each target starts a new round; a count stamped with an older round reads as
   * zero, so nothing is cleared between the 3,000 targets of a ranking.
   */
  private static final class HeldCounter {
    private int[] counts = new int[0];
    private int[] rounds = new int[0];
    private int round;

    HeldCounter begin(int outcomes) {
      if (counts.length < outcomes || round == Integer.MAX_VALUE) {
        counts = new int[Math.max(outcomes, counts.length)];
        rounds = new int[counts.length];
        round = 0;
      }
      round++;
      return this;
    }

    /** Counts one more indirect support by {@code held}; whether that passes the limit. */
    boolean overLimit(int held) {
      if (rounds[held] != round) {
        rounds[held] = round;
        counts[held] = 1;
        return 1 > TransferParameters.MAX_INDIRECT_SUPPORTS_PER_HELD;
      }
      return ++counts[held] > TransferParameters.MAX_INDIRECT_SUPPORTS_PER_HELD;
    }

    /** How many indirect supports by {@code held} this round has counted. */
    int count(int held) {
      return rounds[held] == round ? counts[held] : 0;
    }
  }

  /** The support a requirement gets in this target: none when its held outcome's quota is used. */
  static double support(Holdings holdings, int outcome, boolean[] capped, int position) {
    return capped != null && capped[position] ? 0 : holdings.support(outcome);
  }

  private static double covered(Holdings holdings, int[] outcomes, boolean[] capped, int offset) {
    var rarity = holdings.snapshot.rarity;
    double covered = 0;
    for (int k = 0; k < outcomes.length; k++) {
      covered += rarity[outcomes[k]] * support(holdings, outcomes[k], capped, offset + k);
    }
    return covered;
  }

  /**
   * Which of the target's requirements (essential first, then optional, by position) lose their
   * indirect support because its held outcome already supports more valuable ones; null when none
   * does, which is the common case and costs one pass without allocation.
   */
  static boolean[] capped(Holdings holdings, Requirements requirements) {
    var counter = COUNTERS.get().begin(holdings.snapshot.outcomeCount);
    boolean over =
        count(holdings, requirements.essential(), counter)
            | count(holdings, requirements.optional(), counter);
    return over ? cap(holdings, requirements, counter) : null;
  }

  private static boolean count(Holdings holdings, int[] outcomes, HeldCounter counter) {
    boolean over = false;
    for (int o : outcomes) {
      int held = holdings.indirectSource(o);
      over |= held >= 0 && counter.overLimit(held);
    }
    return over;
  }

  private record Candidate(int position, int held, double value) {}

  private static boolean[] cap(Holdings holdings, Requirements requirements, HeldCounter counter) {
    var essential = requirements.essential();
    var optional = requirements.optional();
    var candidates = new ArrayList<Candidate>();
    for (int k = 0; k < essential.length + optional.length; k++) {
      boolean isEssential = k < essential.length;
      int o = isEssential ? essential[k] : optional[k - essential.length];
      int held = holdings.indirectSource(o);
      if (held >= 0 && counter.count(held) > TransferParameters.MAX_INDIRECT_SUPPORTS_PER_HELD) {
        // In proportion to what the pair would add to the score.
        double value =
            holdings.support(o)
                * holdings.snapshot.rarity[o]
                * (isEssential ? 1 : TransferParameters.OPTIONAL_REQUIREMENT_WEIGHT);
        candidates.add(new Candidate(k, held, value));
      }
    }
    candidates.sort(
        Comparator.comparingInt(Candidate::held)
            .thenComparing(Comparator.comparingDouble(Candidate::value).reversed())
            .thenComparingInt(Candidate::position));
    var capped = new boolean[essential.length + optional.length];
    int previous = -1;
    int used = 0;
    for (var candidate : candidates) {
      used = candidate.held() == previous ? used + 1 : 1;
      previous = candidate.held();
      capped[candidate.position()] = used > TransferParameters.MAX_INDIRECT_SUPPORTS_PER_HELD;
    }
    return capped;
  }
}
