package org.competenceatlas.transfer;

import java.util.List;

/**
 * The head of a ranking: the best transitions, best first, and how many destinations qualified in
 * all. Only the head is ordered, which is what a page or a beam needs.
 */
public record Ranking(List<Transition> best, int totalCount) {}
