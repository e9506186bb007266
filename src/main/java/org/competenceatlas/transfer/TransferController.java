package org.competenceatlas.transfer;

import graphql.GraphQLContext;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.competenceatlas.common.InvalidInputException;
import org.competenceatlas.common.Language;
import org.competenceatlas.common.PageRequest;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Transfers and transitions in the GraphQL API ({@code graphql-schema/transfer.graphqls}). */
@Controller
class TransferController {

  private static final String EXPLAINED = TransferController.class.getName() + ".explained";

  private final TransferEngine engine;
  private final GapOfferFinder offers;
  private final TransferTimings timings;

  TransferController(TransferEngine engine, GapOfferFinder offers, TransferTimings timings) {
    this.engine = engine;
    this.offers = offers;
    this.timings = timings;
  }

  /** The GraphQL {@code Path}: the steps of a match's explanation. */
  record PathView(List<PathStep> steps) {}

  @QueryMapping
  Transfer transfer(@Argument TransferSource from, @Argument TransferTarget to) {
    return timings.time("transfer", () -> engine.transfer(from, to));
  }

  @QueryMapping
  TransitionPage transitions(
      @Argument TransferSource from,
      @Argument TransitionFilter filter,
      @Argument Integer first,
      @Argument String after) {
    var page = PageRequest.of(first, after);
    String iscoGroup = TransitionFilter.iscoPrefix(filter);
    double minScore = TransitionFilter.minScore(filter);
    return timings.time(
        "transitions",
        () -> {
          var holdings = engine.holdings(from);
          Integer self =
              from.occupationId() == null
                  ? null
                  : engine.occupationIndex(holdings, from.occupationId());
          var ranking =
              engine.rankOccupations(
                  holdings,
                  iscoGroup,
                  minScore,
                  index -> self != null && index == self,
                  page.offset() + page.probeSize());
          return TransitionPage.of(ranking, page);
        });
  }

  @QueryMapping
  TransitionPage qualificationTransitions(
      @Argument TransferSource from,
      @Argument Double minScore,
      @Argument Integer first,
      @Argument String after) {
    var page = PageRequest.of(first, after);
    double min = TransitionFilter.minScore(minScore, "minScore");
    return timings.time(
        "qualification-transitions",
        () -> TransitionPage.of(engine.rankQualifications(engine.holdings(from), min), page));
  }

  @SchemaMapping(typeName = "Transfer")
  double score(Transfer transfer) {
    return transfer.parts().score();
  }

  @SchemaMapping(typeName = "Transfer", field = "offers")
  List<GapOffer> transferOffers(Transfer transfer) {
    return offers.cover(transfer.gap());
  }

  @SchemaMapping(typeName = "Transition", field = "score")
  double transitionScore(Transition transition) {
    return transition.parts().score();
  }

  @SchemaMapping
  List<OutcomeMatch> strongestTransfers(
      Transition transition, @Argument Integer first, GraphQLContext context) {
    var matches = explain(transition, context).matches();
    return matches.subList(0, Math.min(limit(first), matches.size()));
  }

  @SchemaMapping(typeName = "Transition", field = "gap")
  List<GapOutcome> transitionGap(
      Transition transition, @Argument Integer first, GraphQLContext context) {
    var gap = explain(transition, context).gap();
    return gap.subList(0, Math.min(limit(first), gap.size()));
  }

  @SchemaMapping(typeName = "Transition", field = "areas")
  List<AreaCoverage> transitionAreas(Transition transition, GraphQLContext context) {
    return explain(transition, context).areas();
  }

  @SchemaMapping(typeName = "AreaCoverage", field = "matches")
  List<OutcomeMatch> areaMatches(AreaCoverage area, @Argument Integer first) {
    return area.matches().subList(0, Math.min(limit(first), area.matches().size()));
  }

  @SchemaMapping(typeName = "Transition", field = "offers")
  List<GapOffer> transitionOffers(Transition transition, GraphQLContext context) {
    return offers.cover(explain(transition, context).gap());
  }

  @SchemaMapping
  List<GapQualification> qualificationsForGap(Transition transition, GraphQLContext context) {
    return offers.qualifications(explain(transition, context).gap());
  }

  @SchemaMapping(typeName = "OutcomeMatch", field = "path")
  PathView path(OutcomeMatch match) {
    return new PathView(match.path());
  }

  @SchemaMapping(typeName = "Path", field = "text")
  String pathText(PathView path, @Argument String language) {
    var lang = Language.require(language);
    var text = new StringBuilder();
    for (var step : path.steps()) {
      text.append(step.concept().labels().preferred(lang));
      if (step.linkToNext() != null) {
        text.append(
            switch (step.linkToNext()) {
              case "BROADER" -> " → ";
              case "NARROWER" -> " ← ";
              case "SIMILAR" -> " ≈ ";
              default -> " ↔ ";
            });
      }
    }
    return text.toString();
  }

  /**
   * A transition's explanation, once per request: several of its fields (strongest transfers, gap,
   * offers) read it, and building it is the costly part of a transitions page.
   */
  private Transfer explain(Transition transition, GraphQLContext context) {
    Map<Transition, Transfer> explained =
        context.computeIfAbsent(
            EXPLAINED, key -> Collections.synchronizedMap(new IdentityHashMap<>()));
    return explained.computeIfAbsent(
        transition, t -> engine.explain(t.holdings(), null, t.target()));
  }

  private static int limit(Integer first) {
    int value = first == null ? 10 : first;
    if (value < 1 || value > PageRequest.MAX_PAGE_SIZE) {
      throw new InvalidInputException(
          "first", "first must be between 1 and " + PageRequest.MAX_PAGE_SIZE + "; got " + value);
    }
    return value;
  }
}
