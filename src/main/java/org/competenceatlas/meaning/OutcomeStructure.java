package org.competenceatlas.meaning;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each outcome of a scope sits in the hierarchy, as far as the linking model asks: its
 * competence areas (groups directly under a top group), the groups one level below those, and its
 * direct broader groups. Concepts are numbered: the scope's outcomes first, then every other
 * concept the broader links name.
 */
final class OutcomeStructure {

  final int[][] areas;
  final int[][] subareas;
  final int[][] groups;

  /** The id of each numbered concept, so that a shared group can be named on a link. */
  final List<String> conceptIds;

  OutcomeStructure(
      List<String> outcomeIds, List<BroaderLink> broader, java.util.Set<String> groupIds) {
    var index = new HashMap<String, Integer>();
    conceptIds = new ArrayList<>(outcomeIds);
    for (int i = 0; i < outcomeIds.size(); i++) {
      index.put(outcomeIds.get(i), i);
    }
    var parentLists = new ArrayList<List<Integer>>();
    for (var link : broader) {
      int child = number(link.child(), index, parentLists);
      int parent = number(link.parent(), index, parentLists);
      if (child != parent) {
        parentLists.get(child).add(parent);
      }
    }
    while (parentLists.size() < conceptIds.size()) {
      parentLists.add(new ArrayList<>(0));
    }
    int n = conceptIds.size();
    var isGroup = new BitSet(n);
    for (int c = 0; c < n; c++) {
      if (groupIds.contains(conceptIds.get(c))) {
        isGroup.set(c);
      }
    }
    var isArea = new BitSet(n);
    var isSubarea = new BitSet(n);
    for (int c = 0; c < n; c++) {
      if (isGroup.get(c)) {
        for (int parent : parentLists.get(c)) {
          if (isGroup.get(parent) && parentLists.get(parent).isEmpty()) {
            isArea.set(c);
          }
        }
      }
    }
    for (int c = 0; c < n; c++) {
      if (isGroup.get(c) && !isArea.get(c)) {
        for (int parent : parentLists.get(c)) {
          if (isArea.get(parent)) {
            isSubarea.set(c);
          }
        }
      }
    }
    int outcomes = outcomeIds.size();
    areas = new int[outcomes][];
    subareas = new int[outcomes][];
    groups = new int[outcomes][];
    var seen = new BitSet(n);
    var queue = new ArrayDeque<Integer>();
    for (int o = 0; o < outcomes; o++) {
      groups[o] =
          parentLists.get(o).stream()
              .filter(isGroup::get)
              .mapToInt(Integer::intValue)
              .sorted()
              .distinct()
              .toArray();
      var area = new ArrayList<Integer>();
      var subarea = new ArrayList<Integer>();
      seen.clear();
      queue.add(o);
      while (!queue.isEmpty()) {
        for (int parent : parentLists.get(queue.poll())) {
          if (!seen.get(parent)) {
            seen.set(parent);
            if (isArea.get(parent)) {
              area.add(parent);
            } else if (isSubarea.get(parent)) {
              subarea.add(parent);
            }
            queue.add(parent);
          }
        }
      }
      areas[o] = area.stream().mapToInt(Integer::intValue).sorted().toArray();
      subareas[o] = subarea.stream().mapToInt(Integer::intValue).sorted().toArray();
    }
  }

  private int number(String id, Map<String, Integer> index, List<List<Integer>> parentLists) {
    var known = index.get(id);
    if (known != null) {
      while (parentLists.size() <= known) {
        parentLists.add(new ArrayList<>(1));
      }
      return known;
    }
    int next = conceptIds.size();
    index.put(id, next);
    conceptIds.add(id);
    while (parentLists.size() <= next) {
      parentLists.add(new ArrayList<>(1));
    }
    return next;
  }

  /** Whether two sorted sets share an element; returns the first shared one, or -1. */
  static int shared(int[] a, int[] b) {
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        return a[i];
      }
      if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return -1;
  }
}
