package org.competenceatlas.transfer;

import java.util.Arrays;

/**
 * What a source holds and, for every outcome of the taxonomy, the best support it offers: the
 * strength, the kind of link, which held outcome gives it and through which broader concept.
 * Computed once per source, then read for any number of targets.
 */
public final class Holdings {

  final TaxonomySnapshot snapshot;
  final double[] held;
  final double[] support;
  final MatchKind[] kind;
  final int[] source;

  /**
   * The held outcome behind each outcome's support when that support is indirect (any link but the
   * same outcome), else -1: the ranking loop reads this one array to apply the limit per held
   * outcome.
   */
  final int[] indirectSource;

  final int[] via;

  private Holdings(TaxonomySnapshot snapshot) {
    this.snapshot = snapshot;
    int n = snapshot.outcomeCount;
    this.held = new double[n];
    this.support = new double[n];
    this.kind = new MatchKind[n];
    this.source = new int[n];
    this.indirectSource = new int[n];
    this.via = new int[n];
    Arrays.fill(source, -1);
    Arrays.fill(indirectSource, -1);
    Arrays.fill(via, -1);
  }

  private Holdings(Holdings other) {
    this.snapshot = other.snapshot;
    this.held = other.held.clone();
    this.support = other.support.clone();
    this.kind = other.kind.clone();
    this.source = other.source.clone();
    this.indirectSource = other.indirectSource.clone();
    this.via = other.via.clone();
  }

  static Holdings empty(TaxonomySnapshot snapshot) {
    return new Holdings(snapshot);
  }

  /** These holdings plus everything an occupation requires, as if the person had worked in it. */
  Holdings plusOccupation(int occupation) {
    var copy = new Holdings(this);
    var requirements = snapshot.occupationRequirements[occupation];
    for (int o : requirements.essential()) {
      copy.hold(o, 1.0);
    }
    for (int o : requirements.optional()) {
      copy.hold(o, TransferParameters.SOURCE_OPTIONAL_WEIGHT);
    }
    return copy;
  }

  /**
   * Adds a held outcome and spreads its support over the outcomes it gives evidence for: its
   * broader and narrower outcomes, the outcomes ESCO relates to it, and those the meaning layer
   * links to it. Sharing a broader group is no evidence on its own (on the judged set, fewer than
   * half of such pairs were accepted); it counts through the meaning layer's score and shows in the
   * path of the link.
   */
  void hold(int outcome, double weight) {
    if (weight <= held[outcome]) {
      return;
    }
    held[outcome] = weight;
    offer(outcome, MatchKind.SAME, weight, outcome, -1);
    double transfer = weight * snapshot.transferability[outcome];
    for (var related : snapshot.related[outcome]) {
      offer(related.outcome(), MatchKind.RELATED, transfer * related.strength(), outcome, -1);
    }
    for (var similar : snapshot.similar[outcome]) {
      offer(
          similar.outcome(),
          similar.via() >= 0 ? MatchKind.SHARED_GROUP : MatchKind.SIMILAR,
          transfer * similar.strength(),
          outcome,
          similar.via());
    }
    for (int parent : snapshot.parents[outcome]) {
      if (snapshot.isOutcome(parent)) {
        offer(
            parent,
            MatchKind.HELD_NARROWER,
            transfer * TransferParameters.HELD_NARROWER,
            outcome,
            -1);
      }
    }
    for (int child : snapshot.children[outcome]) {
      if (snapshot.isOutcome(child)) {
        offer(
            child, MatchKind.HELD_BROADER, transfer * TransferParameters.HELD_BROADER, outcome, -1);
      }
    }
  }

  private void offer(int target, MatchKind matchKind, double strength, int from, int through) {
    if (strength > support[target]) {
      support[target] = strength;
      kind[target] = matchKind;
      source[target] = from;
      indirectSource[target] = matchKind.indirect() ? from : -1;
      via[target] = through;
    }
  }

  boolean holdsAnything() {
    for (double weight : held) {
      if (weight > 0) {
        return true;
      }
    }
    return false;
  }
}
