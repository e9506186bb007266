package org.competenceatlas.development;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.competenceatlas.common.InvalidInputException;
import org.competenceatlas.development.DevelopmentViews.LearnerMap;
import org.competenceatlas.development.DevelopmentViews.MapClaim;
import org.competenceatlas.development.DevelopmentViews.MapDestination;
import org.competenceatlas.learner.ClaimedOutcomes;
import org.competenceatlas.learner.LearnerService;
import org.competenceatlas.taxonomy.TaxonomyService;
import org.competenceatlas.transfer.Endpoint;
import org.competenceatlas.transfer.Holdings;
import org.competenceatlas.transfer.TransferEngine;
import org.competenceatlas.transfer.Transition;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The learner map in one call: the portfolio from one Cypher query whatever its size, the claimed
 * outcomes and the destinations from the transfer engine's in-memory copy of the taxonomy. Only the
 * destinations shown are explained.
 */
@Service
@Transactional(readOnly = true)
class LearnerMapService {

  static final int MAX_DESTINATIONS = 20;

  private final LearnerService learners;
  private final TaxonomyService taxonomy;
  private final TransferEngine engine;

  LearnerMapService(LearnerService learners, TaxonomyService taxonomy, TransferEngine engine) {
    this.learners = learners;
    this.taxonomy = taxonomy;
    this.engine = engine;
  }

  LearnerMap map(String learnerId, Integer destinations) {
    int size = destinations == null ? 5 : destinations;
    if (size < 1 || size > MAX_DESTINATIONS) {
      throw new InvalidInputException(
          "destinations", "destinations must be between 1 and " + MAX_DESTINATIONS);
    }
    var portfolio = learners.portfolio(learnerId);
    var outcomes =
        taxonomy.outcomesById(
            portfolio.claims().stream().map(c -> c.outcomeId()).distinct().toList());
    var claims =
        portfolio.claims().stream()
            .filter(c -> outcomes.containsKey(c.outcomeId()))
            .map(
                c ->
                    new MapClaim(
                        c.id(),
                        outcomes.get(c.outcomeId()),
                        c.status(),
                        c.proficiency(),
                        c.evidenceCount(),
                        c.experienceIds()))
            .toList();
    var claimByOutcome = new HashMap<String, String>();
    claims.forEach(c -> claimByOutcome.putIfAbsent(c.outcome().id(), c.id()));
    var claimed =
        new ClaimedOutcomes(
            learnerId,
            portfolio.learner().displayName(),
            portfolio.claims().stream()
                .map(c -> new ClaimedOutcomes.ClaimedOutcome(c.outcomeId(), c.status()))
                .toList());
    var holdings = engine.holdings(claimed);
    var from = engine.describe(claimed);
    var occupations = engine.rankOccupations(holdings, null, 0, index -> false, size).best();
    var qualifications = engine.rankQualifications(holdings, 0);
    return new LearnerMap(
        learnerId,
        portfolio.experiences(),
        claims,
        destinations(occupations, size, holdings, from, claimByOutcome),
        destinations(qualifications, size, holdings, from, claimByOutcome));
  }

  private List<MapDestination> destinations(
      List<Transition> ranked,
      int size,
      Holdings holdings,
      Endpoint from,
      Map<String, String> claimByOutcome) {
    return ranked.stream()
        .limit(size)
        .map(
            transition -> {
              var explained = engine.explain(holdings, from, transition.target());
              var claimIds = new LinkedHashSet<String>();
              explained.matches().stream()
                  .map(match -> claimByOutcome.get(match.held().id()))
                  .filter(Objects::nonNull)
                  .forEach(claimIds::add);
              return new MapDestination(
                  transition.to(), transition.parts().score(), List.copyOf(claimIds));
            })
        .toList();
  }
}
