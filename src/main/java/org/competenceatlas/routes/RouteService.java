package org.competenceatlas.routes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.competenceatlas.common.InvalidInputException;
import org.competenceatlas.transfer.Holdings;
import org.competenceatlas.transfer.TransferEngine;
import org.competenceatlas.transfer.TransferSource;
import org.competenceatlas.transfer.Transition;
import org.springframework.stereotype.Service;

/**
 * Finds stepping-stone routes with a beam search over the transfer scores: the best {@link
 * #BEAM_TWO_STEPS} first steps for two-step routes, the best {@link #BEAM_THREE_STEPS} × as many
 * for three. After each step the person is taken to hold the step occupation's outcomes too.
 */
@Service
public class RouteService {

  public static final int MAX_STEPS = 3;
  public static final int MAX_ROUTES = 50;
  static final int BEAM_TWO_STEPS = 30;
  static final int BEAM_THREE_STEPS = 10;

  /** A stepping stone must raise the final step's score by this much, or it is a detour. */
  static final double MIN_STEP_GAIN = 0.02;

  private final TransferEngine engine;

  RouteService(TransferEngine engine) {
    this.engine = engine;
  }

  public List<Route> routes(TransferSource from, String toOccupationId, int maxSteps, int first) {
    check(maxSteps, first);
    var start = engine.holdings(from);
    int target = engine.occupationIndex(start, toOccupationId);
    Integer self =
        from.occupationId() == null ? null : engine.occupationIndex(start, from.occupationId());
    // A route from an occupation to itself is allowed (the direct step, nothing missing), so the
    // set may not be built with Set.of, which refuses the duplicate.
    Set<Integer> excluded = new HashSet<>();
    excluded.add(target);
    if (self != null) {
      excluded.add(self);
    }

    var direct = destination(start, target);
    double directScore = direct.parts().score();
    var routes = new ArrayList<Route>();
    routes.add(route(List.of(direct), directScore));
    if (maxSteps >= 2) {
      var firstSteps = best(start, excluded, BEAM_TWO_STEPS);
      for (int i = 0; i < firstSteps.size(); i++) {
        var step1 = firstSteps.get(i);
        var afterStep1 = engine.plusOccupation(start, step1.target().index());
        var last = destination(afterStep1, target);
        if (!helps(last, direct)) {
          continue;
        }
        routes.add(route(List.of(step1, last), directScore));
        if (maxSteps >= 3 && i < BEAM_THREE_STEPS) {
          var skip = new HashSet<>(excluded);
          skip.add(step1.target().index());
          for (var step2 : best(afterStep1, skip, BEAM_THREE_STEPS)) {
            var afterStep2 = engine.plusOccupation(afterStep1, step2.target().index());
            var lastOfThree = destination(afterStep2, target);
            if (helps(lastOfThree, last)) {
              routes.add(route(List.of(step1, step2, lastOfThree), directScore));
            }
          }
        }
      }
    }
    routes.sort(Comparator.comparingDouble(Route::cost));
    return routes.subList(0, Math.min(first, routes.size()));
  }

  /** Where the source can get in two steps: the cheapest two-step route to each destination. */
  public List<Route> twoStepDestinations(TransferSource from, int first) {
    check(2, first);
    var start = engine.holdings(from);
    Integer self =
        from.occupationId() == null ? null : engine.occupationIndex(start, from.occupationId());
    var directScores = new HashMap<Integer, Double>();
    for (var t : engine.rankOccupations(start, null, 0, i -> self != null && i == self)) {
      directScores.put(t.target().index(), t.parts().score());
    }
    var bestByDestination = new HashMap<Integer, Route>();
    var excluded = self == null ? Set.<Integer>of() : Set.of(self);
    for (var step1 : best(start, excluded, BEAM_TWO_STEPS)) {
      var afterStep1 = engine.plusOccupation(start, step1.target().index());
      int via = step1.target().index();
      for (var step2 :
          engine.rankOccupations(
              afterStep1, null, 0, i -> i == via || (self != null && i == self))) {
        int destination = step2.target().index();
        var route = route(List.of(step1, step2), directScores.getOrDefault(destination, 0.0));
        var known = bestByDestination.get(destination);
        if (known == null || route.cost() < known.cost()) {
          bestByDestination.put(destination, route);
        }
      }
    }
    return bestByDestination.values().stream()
        .sorted(Comparator.comparingDouble(Route::cost))
        .limit(first)
        .toList();
  }

  private static boolean helps(Transition withStep, Transition without) {
    return withStep.parts().score() >= without.parts().score() + MIN_STEP_GAIN;
  }

  private List<Transition> best(Holdings holdings, Set<Integer> excluded, int count) {
    return engine.rankOccupations(holdings, null, 0, excluded::contains, count).best();
  }

  private Transition destination(Holdings holdings, int target) {
    return engine.toOccupation(holdings, target);
  }

  private static Route route(List<Transition> steps, double directScore) {
    double cost = 0;
    for (var step : steps) {
      double missing = 1 - step.parts().score();
      cost += missing * missing;
    }
    return new Route(steps.stream().map(RouteStep::new).toList(), cost, directScore);
  }

  private static void check(int maxSteps, int first) {
    if (maxSteps < 1 || maxSteps > MAX_STEPS) {
      throw new InvalidInputException(
          "maxSteps", "maxSteps must be between 1 and " + MAX_STEPS + "; got " + maxSteps);
    }
    if (first < 1 || first > MAX_ROUTES) {
      throw new InvalidInputException(
          "first", "first must be between 1 and " + MAX_ROUTES + "; got " + first);
    }
  }
}
