package org.competenceatlas.research;

import java.util.List;
import org.competenceatlas.common.Connection;
import org.competenceatlas.taxonomy.Occupation;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The research part of the GraphQL API ({@code graphql-schema/research.graphqls}). */
@Controller
class ResearchController {

  private final ResearchService research;

  ResearchController(ResearchService research) {
    this.research = research;
  }

  @QueryMapping
  Connection<BridgingOutcome> bridgingOutcomes(
      @Argument Boolean essentialOnly,
      @Argument BridgingOrder orderBy,
      @Argument Integer first,
      @Argument String after) {
    return research.bridgingOutcomes(essentialOnly, orderBy, first, after);
  }

  @QueryMapping
  OutcomeCoOccurrence outcomeCoOccurrence(
      @Argument String outcomeId,
      @Argument Boolean essentialOnly,
      @Argument CoOccurrenceOrder orderBy,
      @Argument Integer minTogether,
      @Argument Integer first) {
    return research.coOccurrence(outcomeId, essentialOnly, orderBy, minTogether, first);
  }

  @QueryMapping
  Neighbourhood occupationNeighbourhood(@Argument String occupationId, @Argument Integer first) {
    return research.neighbourhood(occupationId, first);
  }

  @QueryMapping
  Connection<OccupationCluster> occupationClusters(
      @Argument Integer k,
      @Argument Double minScore,
      @Argument Integer minSize,
      @Argument Integer first,
      @Argument String after) {
    return research.clusters(k, minScore, minSize, first, after);
  }

  @SchemaMapping
  List<Occupation> occupations(OccupationCluster cluster, @Argument Integer first) {
    return research.clusterOccupations(cluster, first);
  }

  @SchemaMapping
  List<SharedOutcome> sharedOutcomes(OccupationCluster cluster, @Argument Integer first) {
    return research.sharedOutcomes(cluster, first);
  }

  @QueryMapping
  ScoreDistribution transferScoreDistribution(@Argument String fromId, @Argument Integer bins) {
    return research.scoreDistribution(fromId, bins);
  }

  @QueryMapping
  LearnerAggregates learnerAggregates() {
    return research.learnerAggregates();
  }

  @SchemaMapping
  AggregateGroups claimsByOutcome(LearnerAggregates aggregates, @Argument Integer first) {
    return research.learnersByClaimedOutcome(first);
  }

  @SchemaMapping
  AggregateGroups goals(LearnerAggregates aggregates, @Argument Integer first) {
    return research.learnersByGoal(first);
  }

  @SchemaMapping
  AggregateGroups claimsByStatus(LearnerAggregates aggregates) {
    return research.learnersByClaimStatus();
  }
}
