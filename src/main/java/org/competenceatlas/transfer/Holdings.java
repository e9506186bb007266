package org.competenceatlas.transfer;

import java.util.Arrays;

/**
 * What a source holds and, for every outcome of the taxonomy, the best support it offers: the
 * strength, the kind of link, which held outcome gives it and through which broader concept.
 * Computed once per source, then read for any number of targets.
 *
 * <p>Holdings made by {@link #plusOccupation} share the arrays of the holdings they start from and
 * keep only the outcomes whose values differ: a route search takes up to 130 such steps, and
 * copying every array each time (about 450 KB on ESCO) cost more than scoring the steps. The arrays
 * are never written once another holdings shares them. A ranking reads the support of every
 * requirement of every target, so it takes {@link #owned} holdings and reads their arrays directly.
 */
public final class Holdings {

  final TaxonomySnapshot snapshot;
  private final double[] held;
  private final double[] support;
  private final MatchKind[] kind;
  private final int[] source;

  /**
   * The held outcome behind each outcome's support when that support is indirect (any link but the
   * same outcome), else -1: the ranking loop reads it to apply the limit per held outcome.
   */
  private final int[] indirectSource;

  private final int[] via;

  /** The outcomes whose values differ from the shared arrays; null when the arrays are its own. */
  private final Changes changes;

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
    this.changes = null;
  }

  private Holdings(Holdings base) {
    this.snapshot = base.snapshot;
    this.held = base.held;
    this.support = base.support;
    this.kind = base.kind;
    this.source = base.source;
    this.indirectSource = base.indirectSource;
    this.via = base.via;
    this.changes = base.changes == null ? new Changes(snapshot.outcomeCount) : base.changes.copy();
  }

  /** A copy of holdings that share arrays, with arrays of its own and the changes applied. */
  private Holdings(TaxonomySnapshot snapshot, Holdings base) {
    this.snapshot = snapshot;
    this.held = base.held.clone();
    this.support = base.support.clone();
    this.kind = base.kind.clone();
    this.source = base.source.clone();
    this.indirectSource = base.indirectSource.clone();
    this.via = base.via.clone();
    this.changes = null;
    var delta = base.changes;
    for (int at = 0; at < delta.size; at++) {
      int o = delta.outcomes[at];
      held[o] = delta.held[at];
      support[o] = delta.support[at];
      kind[o] = delta.kind[at];
      source[o] = delta.source[at];
      indirectSource[o] = delta.indirectSource[at];
      via[o] = delta.via[at];
    }
  }

  static Holdings empty(TaxonomySnapshot snapshot) {
    return new Holdings(snapshot);
  }

  /** These holdings plus everything an occupation requires, as if the person had worked in it. */
  Holdings plusOccupation(int occupation) {
    var next = new Holdings(this);
    var requirements = snapshot.occupationRequirements[occupation];
    for (int o : requirements.essential()) {
      next.hold(o, 1.0);
    }
    for (int o : requirements.optional()) {
      next.hold(o, TransferParameters.SOURCE_OPTIONAL_WEIGHT);
    }
    return next;
  }

  /** These holdings with arrays of their own: itself, or a copy with its changes applied. */
  Holdings owned() {
    return changes == null ? this : new Holdings(snapshot, this);
  }

  /** The support of every outcome by index, for the ranking loop; only of {@link #owned} ones. */
  double[] ownSupport() {
    requireOwned();
    return support;
  }

  /** The indirect source of every outcome by index; only of {@link #owned} holdings. */
  int[] ownIndirectSource() {
    requireOwned();
    return indirectSource;
  }

  private void requireOwned() {
    if (changes != null) {
      throw new IllegalStateException("holdings that share arrays must be owned() to be ranked");
    }
  }

  /** How strongly the source holds an outcome itself: 0 when it does not. */
  double held(int outcome) {
    int at = changed(outcome);
    return at < 0 ? held[outcome] : changes.held[at];
  }

  /** The best support the source gives an outcome, 0 to 1. */
  double support(int outcome) {
    int at = changed(outcome);
    return at < 0 ? support[outcome] : changes.support[at];
  }

  /** The kind of link behind an outcome's support; null when it has none. */
  MatchKind kind(int outcome) {
    int at = changed(outcome);
    return at < 0 ? kind[outcome] : changes.kind[at];
  }

  /** The held outcome behind an outcome's support, or -1. */
  int source(int outcome) {
    int at = changed(outcome);
    return at < 0 ? source[outcome] : changes.source[at];
  }

  /** The held outcome behind an outcome's support when that support is indirect, else -1. */
  int indirectSource(int outcome) {
    int at = changed(outcome);
    return at < 0 ? indirectSource[outcome] : changes.indirectSource[at];
  }

  /** The broader concept a meaning link runs through, or -1. */
  int via(int outcome) {
    int at = changed(outcome);
    return at < 0 ? via[outcome] : changes.via[at];
  }

  private int changed(int outcome) {
    return changes == null ? -1 : changes.find(outcome);
  }

  /**
   * Adds a held outcome and spreads its support over the outcomes it gives evidence for: its
   * broader and narrower outcomes, the outcomes ESCO relates to it, and those the meaning layer
   * links to it. Sharing a broader group is no evidence on its own (on the judged set, fewer than
   * half of such pairs were accepted); it counts through the meaning layer's score and shows in the
   * path of the link.
   */
  void hold(int outcome, double weight) {
    if (weight <= held(outcome)) {
      return;
    }
    if (changes == null) {
      held[outcome] = weight;
    } else {
      // The slot first: adding one may replace the arrays.
      int at = changes.slot(outcome, this);
      changes.held[at] = weight;
    }
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
    if (strength <= support(target)) {
      return;
    }
    int indirect = matchKind.indirect() ? from : -1;
    if (changes == null) {
      support[target] = strength;
      kind[target] = matchKind;
      source[target] = from;
      indirectSource[target] = indirect;
      via[target] = through;
    } else {
      int at = changes.slot(target, this);
      changes.support[at] = strength;
      changes.kind[at] = matchKind;
      changes.source[at] = from;
      changes.indirectSource[at] = indirect;
      changes.via[at] = through;
    }
  }

  boolean holdsAnything() {
    for (int o = 0; o < snapshot.outcomeCount; o++) {
      if (held(o) > 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The values of the outcomes that differ from the shared arrays, in the order they changed, with
   * an open-addressing table from outcome to position and one bit per outcome, so that reading an
   * unchanged outcome costs one bit test.
   */
  private static final class Changes {
    private final long[] marked;
    private int[] table;
    private int[] outcomes;
    private int size;
    double[] held;
    double[] support;
    MatchKind[] kind;
    int[] source;
    int[] indirectSource;
    int[] via;

    Changes(int outcomeCount) {
      this.marked = new long[(outcomeCount + 63) >>> 6];
      this.table = new int[256];
      allocate(64);
    }

    private Changes(Changes other) {
      this.marked = other.marked.clone();
      this.table = other.table.clone();
      this.size = other.size;
      this.outcomes = other.outcomes.clone();
      this.held = other.held.clone();
      this.support = other.support.clone();
      this.kind = other.kind.clone();
      this.source = other.source.clone();
      this.indirectSource = other.indirectSource.clone();
      this.via = other.via.clone();
    }

    Changes copy() {
      return new Changes(this);
    }

    /** The position of an outcome's values, or -1 when they are the shared arrays'. */
    int find(int outcome) {
      if ((marked[outcome >>> 6] & (1L << outcome)) == 0) {
        return -1;
      }
      int mask = table.length - 1;
      for (int i = hash(outcome) & mask; ; i = (i + 1) & mask) {
        int entry = table[i] - 1;
        if (outcomes[entry] == outcome) {
          return entry;
        }
      }
    }

    /** The position of an outcome's values, added with the shared values when it has none yet. */
    int slot(int outcome, Holdings owner) {
      int at = find(outcome);
      if (at >= 0) {
        return at;
      }
      if (size == outcomes.length) {
        allocate(size * 2);
      }
      at = size++;
      outcomes[at] = outcome;
      held[at] = owner.held[outcome];
      support[at] = owner.support[outcome];
      kind[at] = owner.kind[outcome];
      source[at] = owner.source[outcome];
      indirectSource[at] = owner.indirectSource[outcome];
      via[at] = owner.via[outcome];
      marked[outcome >>> 6] |= 1L << outcome;
      if (size * 2 > table.length) {
        rehash(table.length * 2);
      } else {
        place(outcome, at);
      }
      return at;
    }

    private void place(int outcome, int at) {
      int mask = table.length - 1;
      int i = hash(outcome) & mask;
      while (table[i] != 0) {
        i = (i + 1) & mask;
      }
      table[i] = at + 1;
    }

    private void rehash(int capacity) {
      table = new int[capacity];
      for (int at = 0; at < size; at++) {
        place(outcomes[at], at);
      }
    }

    private void allocate(int capacity) {
      outcomes = outcomes == null ? new int[capacity] : Arrays.copyOf(outcomes, capacity);
      held = held == null ? new double[capacity] : Arrays.copyOf(held, capacity);
      support = support == null ? new double[capacity] : Arrays.copyOf(support, capacity);
      kind = kind == null ? new MatchKind[capacity] : Arrays.copyOf(kind, capacity);
      source = source == null ? new int[capacity] : Arrays.copyOf(source, capacity);
      indirectSource =
          indirectSource == null ? new int[capacity] : Arrays.copyOf(indirectSource, capacity);
      via = via == null ? new int[capacity] : Arrays.copyOf(via, capacity);
    }

    private static int hash(int outcome) {
      return outcome * 0x9E3779B9 >>> 7;
    }
  }
}
