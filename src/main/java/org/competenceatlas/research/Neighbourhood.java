package org.competenceatlas.research;

import java.util.List;
import org.competenceatlas.taxonomy.Occupation;

/**
 * An occupation's nearest occupations by transfer score: where its outcomes carry over best
 * (outgoing) and whose outcomes carry over best to it (incoming).
 */
public record Neighbourhood(
    Occupation occupation, List<Neighbour> outgoing, List<Neighbour> incoming) {

  /** A neighbouring occupation and the transfer score in that direction. */
  public record Neighbour(Occupation occupation, double score) {}
}
