package org.competenceatlas.transfer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;
import org.competenceatlas.common.Labelled;
import org.competenceatlas.common.Labels;
import org.competenceatlas.taxonomy.LabelIndex;
import org.competenceatlas.taxonomy.LearningOutcome;
import org.competenceatlas.taxonomy.Occupation;
import org.competenceatlas.taxonomy.SkillConcept;

/**
 * An immutable, array-based copy of the parts of the taxonomy the transfer engine reads: the
 * outcome hierarchy, related and similar outcomes, and what each occupation and qualification
 * requires. Concepts are numbered: outcomes first ({@code 0 .. outcomeCount-1}), then groups. Built
 * from the graph, which stays the source of truth; a new snapshot replaces this one when the
 * graph's taxonomy changes.
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

  /**
   * A link from one outcome to another: its strength before the held outcome's transferability; for
   * a link of the meaning layer its score and the broader group both outcomes share (a concept
   * index, -1 for none).
   */
  record Link(int outcome, double strength, double score, int via) {}

  final String stamp;
  final SkillConcept[] concepts;
  final int outcomeCount;
  final Map<String, Integer> conceptIndex;
  final int[][] parents;
  final int[][] children;
  final Hierarchy hierarchy;
  final Link[][] related;
  final Link[][] similar;
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

  /** Built at the first search, not with the snapshot: rankings and look-ups never need it. */
  private volatile LabelIndex<Occupation> occupationLabels;

  TaxonomySnapshot(SnapshotData data) {
    this.stamp = data.stamp();
    this.outcomeCount = data.outcomes().size();
    this.concepts = new SkillConcept[outcomeCount + data.groups().size()];
    this.conceptIndex = new HashMap<>(concepts.length * 2);
    int next = 0;
    for (var outcome : data.outcomes()) {
      concepts[next] = outcome;
      conceptIndex.put(outcome.id(), next++);
    }
    for (var group : data.groups()) {
      concepts[next] = group;
      conceptIndex.put(group.id(), next++);
    }
    var parentLists = lists(concepts.length);
    var childLists = lists(concepts.length);
    for (var pair : data.broader()) {
      var child = conceptIndex.get(pair.child());
      var parent = conceptIndex.get(pair.parent());
      if (child != null && parent != null && !child.equals(parent)) {
        parentLists.get(child).add(parent);
        childLists.get(parent).add(child);
      }
    }
    this.parents = toArrays(parentLists);
    this.children = toArrays(childLists);
    this.hierarchy = new Hierarchy(concepts, outcomeCount, parents, children);
    this.related = related(data.related());
    this.similar = similar(data.similar());

    var occupationRows = data.occupations();
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
      transferability[o] = TransferParameters.transferability(outcome(o));
    }

    var qualificationRows = data.qualifications();
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

  LabelIndex<Occupation> occupationLabels() {
    var index = occupationLabels;
    if (index == null) {
      synchronized (this) {
        index = occupationLabels;
        if (index == null) {
          index = LabelIndex.of(Arrays.asList(occupations));
          occupationLabels = index;
        }
      }
    }
    return index;
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

  private int[] outcomeIndexes(List<String> ids) {
    return ids.stream()
        .map(this::outcomeIndex)
        .filter(Objects::nonNull)
        .mapToInt(Integer::intValue)
        .distinct()
        .toArray();
  }

  private Link[][] related(List<SnapshotData.RelatedPair> pairs) {
    var lists = linkLists();
    for (var pair : pairs) {
      double strength =
          "essential".equals(pair.importance())
              ? TransferParameters.RELATED_ESSENTIAL
              : TransferParameters.RELATED_OPTIONAL;
      // ESCO states the relation one way; either outcome is evidence for the other.
      addBothWays(lists, pair.from(), pair.to(), strength, 0, -1);
    }
    return toLinks(lists);
  }

  private Link[][] similar(List<SnapshotData.SimilarPair> pairs) {
    var lists = linkLists();
    for (var pair : pairs) {
      var via = pair.via() == null ? null : conceptIndex.get(pair.via());
      addBothWays(
          lists,
          pair.from(),
          pair.to(),
          TransferParameters.similarStrength(pair.score()),
          pair.score(),
          via == null ? -1 : via);
    }
    return toLinks(lists);
  }

  private void addBothWays(
      List<List<Link>> lists, String from, String to, double strength, double score, int via) {
    var a = outcomeIndex(from);
    var b = outcomeIndex(to);
    if (a == null || b == null || a.equals(b) || strength <= 0) {
      return;
    }
    lists.get(a).add(new Link(b, strength, score, via));
    lists.get(b).add(new Link(a, strength, score, via));
  }

  private List<List<Link>> linkLists() {
    var lists = new ArrayList<List<Link>>(outcomeCount);
    for (int i = 0; i < outcomeCount; i++) {
      lists.add(new ArrayList<>(0));
    }
    return lists;
  }

  private static Link[][] toLinks(List<List<Link>> lists) {
    return lists.stream().map(list -> list.toArray(Link[]::new)).toArray(Link[][]::new);
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
