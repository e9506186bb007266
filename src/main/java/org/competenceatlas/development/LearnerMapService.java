package org.competenceatlas.development;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import org.competenceatlas.common.InvalidInputException;
import org.competenceatlas.development.DevelopmentViews.LearnerMap;
import org.competenceatlas.development.DevelopmentViews.MapDestination;
import org.competenceatlas.learner.LearnerService;
import org.competenceatlas.transfer.Holdings;
import org.competenceatlas.transfer.TransferEngine;
import org.competenceatlas.transfer.TransferSource;
import org.competenceatlas.transfer.Transition;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The learner map in one call: the portfolio from a fixed number of Cypher queries (experiences,
 * claims with their counts, and the claims again for the transfer engine), whatever its size, and
 * the destinations from the engine's in-memory index.
 */
@Service
@Transactional(readOnly = true)
class LearnerMapService {

  static final int MAX_DESTINATIONS = 20;

  private final LearnerService learners;
  private final TransferEngine engine;
  private final DevelopmentRepository repository;

  LearnerMapService(
      LearnerService learners, TransferEngine engine, DevelopmentRepository repository) {
    this.learners = learners;
    this.engine = engine;
    this.repository = repository;
  }

  LearnerMap map(String learnerId, Integer destinations) {
    int size = destinations == null ? 5 : destinations;
    if (size < 1 || size > MAX_DESTINATIONS) {
      throw new InvalidInputException(
          "destinations", "destinations must be between 1 and " + MAX_DESTINATIONS);
    }
    var claims = repository.mapClaims(learnerId);
    var experiences = learners.experiences(learnerId);
    var claimByOutcome = new HashMap<String, String>();
    claims.forEach(c -> claimByOutcome.putIfAbsent(c.outcome().id(), c.id()));
    var source = TransferSource.learner(learnerId);
    var holdings = engine.holdings(source);
    var from = engine.describe(source);
    var occupations = engine.rankOccupations(holdings, null, 0, index -> false);
    var qualifications = engine.rankQualifications(holdings, 0);
    return new LearnerMap(
        learnerId,
        experiences,
        claims,
        destinations(occupations, size, holdings, from, claimByOutcome),
        destinations(qualifications, size, holdings, from, claimByOutcome));
  }

  private List<MapDestination> destinations(
      List<Transition> ranked,
      int size,
      Holdings holdings,
      org.competenceatlas.transfer.Endpoint from,
      java.util.Map<String, String> claimByOutcome) {
    return ranked.stream()
        .limit(size)
        .map(
            transition -> {
              var explained = engine.explain(holdings, from, transition.target());
              var claimIds = new LinkedHashSet<String>();
              explained.matches().stream()
                  .map(match -> claimByOutcome.get(match.held().id()))
                  .filter(java.util.Objects::nonNull)
                  .forEach(claimIds::add);
              return new MapDestination(
                  transition.to(), transition.parts().score(), List.copyOf(claimIds));
            })
        .toList();
  }
}
