package org.competenceatlas.routes;

import java.util.List;
import org.competenceatlas.transfer.Endpoint;

/**
 * A route of one to three steps.
 *
 * @param cost the sum over steps of (1 - step score)²: several feasible steps cost less than one
 *     long jump that needs the same learning at once
 * @param directScore the score of going to the destination directly, for comparison
 */
public record Route(List<RouteStep> steps, double cost, double directScore) {

  public Endpoint destination() {
    return steps.get(steps.size() - 1).transition().to();
  }
}
