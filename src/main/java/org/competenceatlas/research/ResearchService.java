package org.competenceatlas.research;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.competenceatlas.common.Connection;
import org.competenceatlas.common.Connection.Scored;
import org.competenceatlas.common.InvalidInputException;
import org.competenceatlas.common.PageRequest;
import org.competenceatlas.research.AggregateGroups.Group;
import org.competenceatlas.taxonomy.Occupation;
import org.competenceatlas.taxonomy.TaxonomyService;
import org.springframework.stereotype.Service;

/**
 * The research queries: arguments checked here, each failing with BAD_REQUEST naming the argument
 * and its limit, aggregates read from {@link ResearchRepository} and {@link TransferGraph}.
 */
@Service
class ResearchService {

  static final int MAX_RESULTS = 100;
  static final int MAX_BINS = 100;
  static final int MAX_SHARED_OUTCOMES = 20;

  private final ResearchRepository repository;
  private final TransferGraph transferGraph;
  private final TaxonomyService taxonomy;
  private final int minimumGroupSize;
  private final int roundingBase;

  ResearchService(
      ResearchRepository repository,
      TransferGraph transferGraph,
      TaxonomyService taxonomy,
      ResearchProperties properties) {
    this.repository = repository;
    this.transferGraph = transferGraph;
    this.taxonomy = taxonomy;
    this.minimumGroupSize = properties.minimumGroupSize();
    this.roundingBase = properties.roundingBase();
  }

  public Connection<BridgingOutcome> bridgingOutcomes(
      Boolean essentialOnly, BridgingOrder orderBy, Integer first, String after) {
    var page = PageRequest.of(first, after);
    var rows =
        repository.bridgingOutcomes(
            Boolean.TRUE.equals(essentialOnly),
            orderBy == null ? BridgingOrder.MAJOR_GROUPS : orderBy,
            page.offset(),
            page.size() + 1);
    return Connection.of(
        page, rows.stream().map(row -> new Scored<>(row, row.participation())).toList());
  }

  public OutcomeCoOccurrence coOccurrence(
      String outcomeId,
      Boolean essentialOnly,
      CoOccurrenceOrder orderBy,
      Integer minTogether,
      Integer first) {
    int limit = bounded("first", first, 20, 1, MAX_RESULTS);
    int together = bounded("minTogether", minTogether, 2, 1, Integer.MAX_VALUE);
    var outcome = taxonomy.outcome(outcomeId);
    var result =
        repository
            .coOccurring(
                outcomeId,
                Boolean.TRUE.equals(essentialOnly),
                orderBy == null ? CoOccurrenceOrder.COUNT : orderBy,
                together,
                limit)
            .orElseThrow();
    return new OutcomeCoOccurrence(outcome, result.withOutcome(), result.outcomes());
  }

  public Neighbourhood neighbourhood(String occupationId, Integer first) {
    int limit = bounded("first", first, 10, 1, TransferGraph.MAX_NEIGHBOURS);
    var graph = transferGraph.analysis();
    int index = graph.indexOf(occupationId);
    var outgoing = graph.outgoing()[index];
    var incoming = graph.incoming()[index];
    var ids = new ArrayList<String>();
    ids.add(occupationId);
    for (int j = 0; j < Math.min(limit, outgoing.size()); j++) {
      ids.add(graph.occupations().get(outgoing.index(j)).id());
    }
    for (int j = 0; j < Math.min(limit, incoming.size()); j++) {
      ids.add(graph.occupations().get(incoming.index(j)).id());
    }
    var byId = occupations(ids);
    return new Neighbourhood(
        byId.apply(occupationId),
        neighbours(graph, outgoing, limit, byId),
        neighbours(graph, incoming, limit, byId));
  }

  private static List<Neighbourhood.Neighbour> neighbours(
      TransferGraph.Analysis graph,
      TransferGraph.TopK top,
      int limit,
      Function<String, Occupation> byId) {
    var result = new ArrayList<Neighbourhood.Neighbour>();
    for (int j = 0; j < Math.min(limit, top.size()); j++) {
      var id = graph.occupations().get(top.index(j)).id();
      result.add(new Neighbourhood.Neighbour(byId.apply(id), top.score(j)));
    }
    return result;
  }

  public Connection<OccupationCluster> clusters(
      Integer k, Double minScore, Integer minSize, Integer first, String after) {
    int neighbours = bounded("k", k, 10, 1, TransferGraph.MAX_NEIGHBOURS);
    double threshold = minScore == null ? 0.5 : minScore;
    if (threshold < 0 || threshold > 1) {
      throw new InvalidInputException(
          "minScore", "minScore must be between 0 and 1; got " + threshold);
    }
    int size = bounded("minSize", minSize, 2, 1, Integer.MAX_VALUE);
    var page = PageRequest.of(first, after);
    var clusters = transferGraph.clusters(neighbours, threshold, size);
    var rows =
        clusters.stream()
            .skip(page.offset())
            .limit(page.size() + 1L)
            .map(c -> new Scored<>(c, c.meanScore()))
            .toList();
    return Connection.of(page, rows);
  }

  public List<Occupation> clusterOccupations(OccupationCluster cluster, Integer first) {
    int limit = bounded("first", first, 20, 1, MAX_RESULTS);
    var ids = cluster.occupationIds().subList(0, Math.min(limit, cluster.size()));
    var byId = occupations(ids);
    return ids.stream().map(byId).toList();
  }

  public List<SharedOutcome> sharedOutcomes(OccupationCluster cluster, Integer first) {
    int limit = bounded("first", first, 5, 1, MAX_SHARED_OUTCOMES);
    return repository.sharedOutcomes(cluster.occupationIds(), limit);
  }

  public ScoreDistribution scoreDistribution(String fromId, Integer bins) {
    int count = bounded("bins", bins, 20, 1, MAX_BINS);
    return fromId == null
        ? transferGraph.distribution(count)
        : transferGraph.distributionFrom(fromId, count);
  }

  public LearnerAggregates learnerAggregates() {
    return new LearnerAggregates(minimumGroupSize, roundingBase);
  }

  public AggregateGroups learnersByClaimedOutcome(Integer first) {
    return suppress(repository.learnersByClaimedOutcome(), first);
  }

  public AggregateGroups learnersByGoal(Integer first) {
    return suppress(repository.learnersByGoal(), first);
  }

  public AggregateGroups learnersByClaimStatus() {
    return suppress(repository.learnersByClaimStatus(), MAX_RESULTS);
  }

  /**
   * Releases only groups that reach the minimum by their true count, and neither shows nor counts
   * the others; every released count is rounded to the rounding base, half up, and ordered by the
   * rounded count, so nothing released moves by exactly one learner (docs/research.md).
   */
  AggregateGroups suppress(List<Group> groups, Integer first) {
    int limit = bounded("first", first, 20, 1, MAX_RESULTS);
    var kept =
        groups.stream()
            .filter(group -> group.learners() >= minimumGroupSize)
            .map(this::rounded)
            .sorted(
                Comparator.comparingLong((Group group) -> -group.learners())
                    .thenComparing(Group::key))
            .toList();
    return new AggregateGroups(
        kept.stream().limit(limit).toList(), kept.size(), minimumGroupSize, roundingBase);
  }

  private Group rounded(Group group) {
    return new Group(
        group.key(),
        group.kind(),
        group.labels(),
        round(group.learners()),
        group.claims() == null ? null : round(group.claims()));
  }

  private long round(long count) {
    return Math.max(roundingBase, (count + roundingBase / 2) / roundingBase * roundingBase);
  }

  private Function<String, Occupation> occupations(List<String> ids) {
    var byId =
        taxonomy.occupations(ids.stream().distinct().toList()).stream()
            .collect(Collectors.toMap(Occupation::id, Function.identity(), (a, b) -> a));
    return new HashMap<>(byId)::get;
  }

  private static int bounded(String argument, Integer value, int fallback, int min, int max) {
    int v = value == null ? fallback : value;
    if (v < min || v > max) {
      throw new InvalidInputException(
          argument,
          max == Integer.MAX_VALUE
              ? argument + " must be at least " + min + "; got " + v
              : argument + " must be between " + min + " and " + max + "; got " + v);
    }
    return v;
  }
}
