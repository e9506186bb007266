/**
 * Research over the whole graph: outcomes that bridge occupation groups, neighbourhoods and
 * clusters of occupations by transfer score, outcome co-occurrence, the distribution of transfer
 * scores, anonymised learner aggregates, and the streamed bulk export of the taxonomy and transfer
 * graph.
 */
package org.competenceatlas.research;
