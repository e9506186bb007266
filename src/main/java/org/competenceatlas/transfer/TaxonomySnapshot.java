package org.competenceatlas.transfer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.competenceatlas.common.Labelled;
import org.competenceatlas.common.Labels;
import org.competenceatlas.taxonomy.LearningOutcome;
import org.competenceatlas.taxonomy.Occupation;
import org.competenceatlas.taxonomy.OutcomeGroup;
import org.competenceatlas.taxonomy.SkillConcept;

/**
 * An immutable, array-based copy of the parts of the taxonomy the transfer engine reads: the
 * outcome hierarchy, related outcomes, and what each occupation and qualification requires.
 * Concepts are numbered: outcomes first ({@code 0 .. outcomeCount-1}), then groups. Built from the
 * graph, which stays the source of truth; a new snapshot replaces this one when the graph's
 * taxonomy changes.
 */
final class TaxonomySnapshot {

  /**
   * What a target requires, with the summed rarity of each list: constant for the snapshot, so the
   * rankings' inner loop does not add it up again for every source.
   */
  record Requirements(
      int[] essential, int[] optional, double essentialWeight, double optionalWeight) {

    Requirements(int[] essential, int[] optional, double[] rarity) {
      this(essential, optional, weight(essential, rarity), weight(optional, rarity));
    }

    private static double weight(int[] outcomes, double[] rarity) {
      double weight = 0;
      for (int o : outcomes) {
        weight += rarity[o];
      }
      return weight;
    }
  }

  /** A qualification as a standard: its units' outcomes are all essential. */
  record QualificationStandard(String id, Labels labels, List<UnitStandard> units)
      implements Labelled {}

  record UnitStandard(String id, String code, String label, int[] outcomes) {}

  record Related(int outcome, double strength) {}

  final String stamp;
  final SkillConcept[] concepts;
  final int outcomeCount;
  final Map<String, Integer> conceptIndex;
  final int[][] parents;
  final int[][] children;
  final int[] outcomesBelow;
  final boolean[] nearTop;
  final Related[][] related;
  final double[] transferability;
  final double[] rarity;
  final Occupation[] occupations;
  final Map<String, Integer> occupationIndex;
  final Requirements[] occupationRequirements;
  final boolean[] deprecatedOccupation;
  final QualificationStandard[] qualifications;
  final Map<String, Integer> qualificationIndex;
  final Requirements[] qualificationRequirements;

  /** Each occupation's place in the order of English labels: the tie-break of rankings. */
  final int[] occupationLabelRank;

  final int[] qualificationLabelRank;

  TaxonomySnapshot(
      String stamp,
      List<LearningOutcome> outcomes,
      List<OutcomeGroup> groups,
      List<String[]> broader,
      List<Object[]> relatedPairs,
      List<OccupationRow> occupationRows,
      List<QualificationRow> qualificationRows) {
    this.stamp = stamp;
    this.outcomeCount = outcomes.size();
    this.concepts = new SkillConcept[outcomes.size() + groups.size()];
    this.conceptIndex = new HashMap<>(concepts.length * 2);
    int next = 0;
    for (var outcome : outcomes) {
      concepts[next] = outcome;
      conceptIndex.put(outcome.id(), next++);
    }
    for (var group : groups) {
      concepts[next] = group;
      conceptIndex.put(group.id(), next++);
    }
    var parentLists = lists(concepts.length);
    var childLists = lists(concepts.length);
    for (var pair : broader) {
      var child = conceptIndex.get(pair[0]);
      var parent = conceptIndex.get(pair[1]);
      if (child != null && parent != null && !child.equals(parent)) {
        parentLists.get(child).add(parent);
        childLists.get(parent).add(child);
      }
    }
    this.parents = toArrays(parentLists);
    this.children = toArrays(childLists);
    this.outcomesBelow = countOutcomesBelow();
    this.nearTop = nearTop();
    this.related = related(relatedPairs);

    this.occupations = new Occupation[occupationRows.size()];
    this.occupationIndex = new HashMap<>(occupations.length * 2);
    this.occupationRequirements = new Requirements[occupations.length];
    this.deprecatedOccupation = new boolean[occupations.length];
    var demand = new int[outcomeCount];
    var essentialIndexes = new int[occupations.length][];
    var optionalIndexes = new int[occupations.length][];
    for (int i = 0; i < occupations.length; i++) {
      var row = occupationRows.get(i);
      occupations[i] = row.occupation();
      occupationIndex.put(row.occupation().id(), i);
      essentialIndexes[i] = outcomeIndexes(row.essential());
      optionalIndexes[i] = outcomeIndexes(row.optional());
      deprecatedOccupation[i] = row.deprecated();
      for (int o : essentialIndexes[i]) {
        demand[o]++;
      }
      for (int o : optionalIndexes[i]) {
        demand[o]++;
      }
    }
    this.rarity = new double[outcomeCount];
    for (int o = 0; o < outcomeCount; o++) {
      rarity[o] = 1 + Math.log((occupations.length + 1.0) / (demand[o] + 1.0));
    }
    for (int i = 0; i < occupations.length; i++) {
      occupationRequirements[i] = new Requirements(essentialIndexes[i], optionalIndexes[i], rarity);
    }
    this.transferability = new double[outcomeCount];
    for (int o = 0; o < outcomeCount; o++) {
      transferability[o] = transferability((LearningOutcome) concepts[o]);
    }

    this.qualifications = new QualificationStandard[qualificationRows.size()];
    this.qualificationIndex = new HashMap<>();
    this.qualificationRequirements = new Requirements[qualifications.length];
    for (int i = 0; i < qualifications.length; i++) {
      var row = qualificationRows.get(i);
      var units = new ArrayList<UnitStandard>();
      var all = new BitSet(outcomeCount);
      for (var unit : row.units()) {
        var indexes = outcomeIndexes(unit.outcomes());
        units.add(new UnitStandard(unit.id(), unit.code(), unit.label(), indexes));
        Arrays.stream(indexes).forEach(all::set);
      }
      qualifications[i] = new QualificationStandard(row.id(), row.labels(), List.copyOf(units));
      qualificationIndex.put(row.id(), i);
      qualificationRequirements[i] = new Requirements(all.stream().toArray(), new int[0], rarity);
    }
    this.occupationLabelRank = labelRanks(occupations);
    this.qualificationLabelRank = labelRanks(qualifications);
  }

  /** Ranks by English label; equal labels keep their index order (the sort is stable). */
  private static int[] labelRanks(Labelled[] items) {
    var order =
        IntStream.range(0, items.length)
            .boxed()
            .sorted(
                Comparator.comparing(
                    (Integer i) -> items[i].labels().preferred(Labels.FALLBACK_LANGUAGE),
                    Comparator.nullsLast(Comparator.naturalOrder())))
            .mapToInt(Integer::intValue)
            .toArray();
    var ranks = new int[items.length];
    for (int k = 0; k < order.length; k++) {
      ranks[order[k]] = k;
    }
    return ranks;
  }

  record OccupationRow(
      Occupation occupation, List<String> essential, List<String> optional, boolean deprecated) {}

  record QualificationRow(String id, Labels labels, List<UnitRow> units) {}

  record UnitRow(String id, String code, String label, List<String> outcomes) {}

  boolean isOutcome(int concept) {
    return concept < outcomeCount;
  }

  LearningOutcome outcome(int index) {
    return (LearningOutcome) concepts[index];
  }

  Integer outcomeIndex(String id) {
    var index = conceptIndex.get(id);
    return index != null && isOutcome(index) ? index : null;
  }

  /**
   * How much sharing this concept as a broader concept says about two outcomes: 1 for a narrow
   * group, falling log-linearly to 0 for wide ones; 0 near the top of the hierarchy.
   */
  double specificity(int concept) {
    if (nearTop[concept]) {
      return 0;
    }
    int size = Math.max(outcomesBelow[concept], 1);
    if (size <= TransferParameters.GROUP_SIZE_FULL) {
      return 1;
    }
    if (size >= TransferParameters.GROUP_SIZE_NONE) {
      return 0;
    }
    return 1
        - Math.log((double) size / TransferParameters.GROUP_SIZE_FULL)
            / Math.log(
                (double) TransferParameters.GROUP_SIZE_NONE / TransferParameters.GROUP_SIZE_FULL);
  }

  private int[] outcomeIndexes(List<String> ids) {
    return ids.stream()
        .map(this::outcomeIndex)
        .filter(java.util.Objects::nonNull)
        .mapToInt(Integer::intValue)
        .distinct()
        .toArray();
  }

  /** Distinct outcomes anywhere below each concept (the polyhierarchy counts each once). */
  private int[] countOutcomesBelow() {
    var counts = new int[concepts.length];
    var seen = new BitSet(concepts.length);
    var queue = new ArrayDeque<Integer>();
    for (int c = 0; c < concepts.length; c++) {
      if (children[c].length == 0) {
        continue;
      }
      seen.clear();
      queue.add(c);
      int outcomes = 0;
      while (!queue.isEmpty()) {
        for (int child : children[queue.poll()]) {
          if (!seen.get(child)) {
            seen.set(child);
            if (isOutcome(child)) {
              outcomes++;
            }
            queue.add(child);
          }
        }
      }
      counts[c] = outcomes;
    }
    return counts;
  }

  /** Roots of the hierarchy and their direct children are too broad to be shared ground. */
  private boolean[] nearTop() {
    var near = new boolean[concepts.length];
    for (int c = 0; c < concepts.length; c++) {
      if (parents[c].length == 0 && !isOutcome(c)) {
        near[c] = true;
        for (int child : children[c]) {
          if (!isOutcome(child)) {
            near[child] = true;
          }
        }
      }
    }
    return near;
  }

  private Related[][] related(List<Object[]> pairs) {
    var lists = new ArrayList<List<Related>>(outcomeCount);
    for (int i = 0; i < outcomeCount; i++) {
      lists.add(new ArrayList<>());
    }
    for (var pair : pairs) {
      var a = outcomeIndex((String) pair[0]);
      var b = outcomeIndex((String) pair[1]);
      if (a == null || b == null || a.equals(b)) {
        continue;
      }
      double strength =
          "essential".equals(pair[2])
              ? TransferParameters.RELATED_ESSENTIAL
              : TransferParameters.RELATED_OPTIONAL;
      // ESCO states the relation one way; either outcome is evidence for the other.
      lists.get(a).add(new Related(b, strength));
      lists.get(b).add(new Related(a, strength));
    }
    return lists.stream().map(list -> list.toArray(Related[]::new)).toArray(Related[][]::new);
  }

  private static double transferability(LearningOutcome outcome) {
    if (outcome.reuseLevel() != null) {
      return switch (outcome.reuseLevel()) {
        case TRANSVERSAL -> TransferParameters.REUSE_TRANSVERSAL;
        case CROSS_SECTOR -> TransferParameters.REUSE_CROSS_SECTOR;
        case SECTOR_SPECIFIC -> TransferParameters.REUSE_SECTOR_SPECIFIC;
        case OCCUPATION_SPECIFIC -> TransferParameters.REUSE_OCCUPATION_SPECIFIC;
      };
    }
    double breadth =
        Math.min(
            Math.max(outcome.iscoMajorGroupCount(), 1),
            TransferParameters.BREADTH_TRANSVERSAL_MAJOR_GROUPS);
    double share = (breadth - 1) / (TransferParameters.BREADTH_TRANSVERSAL_MAJOR_GROUPS - 1);
    return TransferParameters.REUSE_OCCUPATION_SPECIFIC
        + share
            * (TransferParameters.REUSE_TRANSVERSAL - TransferParameters.REUSE_OCCUPATION_SPECIFIC);
  }

  private static List<List<Integer>> lists(int size) {
    var lists = new ArrayList<List<Integer>>(size);
    for (int i = 0; i < size; i++) {
      lists.add(new ArrayList<>(2));
    }
    return lists;
  }

  private static int[][] toArrays(List<List<Integer>> lists) {
    return lists.stream()
        .map(list -> list.stream().mapToInt(Integer::intValue).distinct().toArray())
        .toArray(int[][]::new);
  }
}
