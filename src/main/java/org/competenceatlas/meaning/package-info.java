/**
 * The meaning layer: learning outcomes embedded by an in-process sentence model, and {@code
 * SIMILAR} links between outcomes whose meaning overlaps, computed once per taxonomy source and
 * kept in the graph.
 */
package org.competenceatlas.meaning;
