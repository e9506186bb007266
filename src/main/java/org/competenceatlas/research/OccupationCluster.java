package org.competenceatlas.research;

import java.util.List;

/**
 * A connected component of the mutual top-k transfer graph: its members, most connected first, the
 * number of mutual links inside it and their mean score (both directions).
 */
public record OccupationCluster(
    int size, List<String> occupationIds, int links, double meanScore) {}
