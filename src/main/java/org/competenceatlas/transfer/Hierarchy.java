package org.competenceatlas.transfer;

import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.competenceatlas.taxonomy.OutcomeGroup;
import org.competenceatlas.taxonomy.SkillConcept;

/**
 * The competence areas of the outcome hierarchy (the groups directly under a top group) and the
 * area of each outcome.
 */
final class Hierarchy {

  /** The code of the transversal top group (ESCO's T); its areas come after the others. */
  private static final String TRANSVERSAL = "T";

  private final int outcomeCount;

  /** The competence areas, by concept index. */
  final int[] areas;

  /** Each outcome's area (a concept index), or -1 for an outcome outside the hierarchy. */
  final int[] areaOf;

  Hierarchy(SkillConcept[] concepts, int outcomeCount, int[][] parents, int[][] children) {
    this.outcomeCount = outcomeCount;
    var isArea = new BitSet(concepts.length);
    for (int c = outcomeCount; c < concepts.length; c++) {
      if (parents[c].length == 0) {
        for (int child : children[c]) {
          if (child >= outcomeCount) {
            isArea.set(child);
          }
        }
      }
    }
    this.areas = isArea.stream().toArray();
    this.areaOf = areasOfOutcomes(concepts, parents, isArea);
  }

  /**
   * An outcome under several areas (the hierarchy is a polyhierarchy) takes one, so that counts per
   * area add up: the skills and knowledge pillars before the transversal one, then the lowest code.
   */
  private int[] areasOfOutcomes(SkillConcept[] concepts, int[][] parents, BitSet isArea) {
    Comparator<Integer> preferred =
        Comparator.comparing((Integer a) -> TRANSVERSAL.equals(topCode(concepts, parents, a)))
            .thenComparing(a -> code(concepts[a]), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(a -> concepts[a].id());
    var areaOf = new int[outcomeCount];
    var seen = new BitSet(concepts.length);
    var queue = new ArrayDeque<Integer>();
    for (int o = 0; o < outcomeCount; o++) {
      seen.clear();
      queue.add(o);
      Integer best = null;
      while (!queue.isEmpty()) {
        for (int parent : parents[queue.poll()]) {
          if (seen.get(parent)) {
            continue;
          }
          seen.set(parent);
          if (isArea.get(parent)) {
            if (best == null || preferred.compare(parent, best) < 0) {
              best = parent;
            }
          } else {
            queue.add(parent);
          }
        }
      }
      areaOf[o] = best == null ? -1 : best;
    }
    return areaOf;
  }

  private static String topCode(SkillConcept[] concepts, int[][] parents, int area) {
    return IntStream.of(parents[area])
        .mapToObj(top -> code(concepts[top]))
        .filter(code -> code != null)
        .findFirst()
        .orElse(null);
  }

  private static String code(SkillConcept concept) {
    return concept instanceof OutcomeGroup group ? group.code() : null;
  }
}
