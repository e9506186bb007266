package org.competenceatlas.routes;

import java.util.List;
import org.competenceatlas.transfer.GapOffer;
import org.competenceatlas.transfer.GapOfferFinder;
import org.competenceatlas.transfer.GapOutcome;
import org.competenceatlas.transfer.ScoreParts;
import org.competenceatlas.transfer.TransferEngine;
import org.competenceatlas.transfer.TransferSource;
import org.competenceatlas.transfer.TransferTimings;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Routes in the GraphQL API ({@code graphql-schema/routes.graphqls}). */
@Controller
class RoutesController {

  private final RouteService routes;
  private final TransferEngine engine;
  private final GapOfferFinder offers;
  private final TransferTimings timings;

  RoutesController(
      RouteService routes, TransferEngine engine, GapOfferFinder offers, TransferTimings timings) {
    this.routes = routes;
    this.engine = engine;
    this.offers = offers;
    this.timings = timings;
  }

  @QueryMapping
  List<Route> routes(
      @Argument TransferSource from,
      @Argument String to,
      @Argument Integer maxSteps,
      @Argument Integer first) {
    return timings.time(
        "routes",
        () -> routes.routes(from, to, maxSteps == null ? 3 : maxSteps, first == null ? 5 : first));
  }

  @QueryMapping
  List<Route> twoStepDestinations(@Argument TransferSource from, @Argument Integer first) {
    return timings.time(
        "two-step-destinations",
        () -> routes.twoStepDestinations(from, first == null ? 10 : first));
  }

  @SchemaMapping(typeName = "RouteStep", field = "to")
  Object to(RouteStep step) {
    return step.transition().to();
  }

  @SchemaMapping(typeName = "RouteStep", field = "score")
  double score(RouteStep step) {
    return step.transition().parts().score();
  }

  @SchemaMapping(typeName = "RouteStep", field = "parts")
  ScoreParts parts(RouteStep step) {
    return step.transition().parts();
  }

  @SchemaMapping(typeName = "RouteStep", field = "gap")
  List<GapOutcome> gap(RouteStep step, @Argument Integer first) {
    var gap = explainGap(step);
    int limit = first == null ? 10 : Math.max(1, Math.min(first, 100));
    return gap.subList(0, Math.min(limit, gap.size()));
  }

  @SchemaMapping(typeName = "RouteStep", field = "offers")
  List<GapOffer> offers(RouteStep step) {
    return offers.cover(explainGap(step));
  }

  private List<GapOutcome> explainGap(RouteStep step) {
    var transition = step.transition();
    return engine.explain(transition.holdings(), null, transition.target()).gap();
  }
}
