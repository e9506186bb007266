package org.competenceatlas.learner;

import static org.competenceatlas.common.BatchResults.byKey;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingFieldSelectionSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Learners' portfolios in the GraphQL API ({@code graphql-schema/learner.graphqls}). */
@Controller
class LearnerController {

  private final LearnerService learners;

  LearnerController(LearnerService learners) {
    this.learners = learners;
  }

  /**
   * The learner, and the parts of their portfolio the query selects below it, read here: this fetch
   * runs inside the access decision's read transaction, the fields below each in one of their own.
   */
  @QueryMapping
  Learner learner(
      @Argument String id, DataFetchingFieldSelectionSet selection, GraphQLContext context) {
    var learner = learners.learner(id);
    var parts =
        new PortfolioRead.Parts(
            selection.contains("goals"),
            selection.contains("experiences"),
            selection.contains("claims"),
            selection.contains("claims/supportedBy"),
            selection.contains("claims/evidence"));
    if (parts.any()) {
      context
          .<PortfolioRead.OfRequest>computeIfAbsent(
              PortfolioRead.OfRequest.CONTEXT_KEY, key -> new PortfolioRead.OfRequest())
          .add(id, learners.portfolioRead(id, parts));
    }
    return learner;
  }

  @SchemaMapping
  List<Goal> goals(Learner learner, GraphQLContext context) {
    var read = readOf(learner, context);
    return read != null && read.goals() != null ? read.goals() : learners.goals(learner.id());
  }

  @SchemaMapping
  List<Experience> experiences(Learner learner, GraphQLContext context) {
    var read = readOf(learner, context);
    return read != null && read.experiences() != null
        ? read.experiences()
        : learners.experiences(learner.id());
  }

  @SchemaMapping
  List<Claim> claims(Learner learner, GraphQLContext context) {
    var read = readOf(learner, context);
    return read != null && read.claims() != null ? read.claims() : learners.claims(learner.id());
  }

  @BatchMapping(typeName = "Claim", field = "supportedBy")
  Map<Claim, List<Experience>> supportedBy(List<Claim> claims, GraphQLContext context) {
    PortfolioRead.OfRequest reads = context.get(PortfolioRead.OfRequest.CONTEXT_KEY);
    var read = reads == null ? null : reads.claimExperiences(idSet(claims));
    return byKey(claims, read != null ? read : learners.claimExperiences(ids(claims)), Claim::id);
  }

  @BatchMapping(typeName = "Claim", field = "evidence")
  Map<Claim, List<Evidence>> evidence(List<Claim> claims, GraphQLContext context) {
    PortfolioRead.OfRequest reads = context.get(PortfolioRead.OfRequest.CONTEXT_KEY);
    var read = reads == null ? null : reads.claimEvidence(idSet(claims));
    return byKey(claims, read != null ? read : learners.claimEvidence(ids(claims)), Claim::id);
  }

  private static PortfolioRead readOf(Learner learner, GraphQLContext context) {
    PortfolioRead.OfRequest reads = context.get(PortfolioRead.OfRequest.CONTEXT_KEY);
    return reads == null ? null : reads.of(learner.id());
  }

  private static Set<String> idSet(List<Claim> claims) {
    return claims.stream().map(Claim::id).collect(Collectors.toSet());
  }

  private static List<String> ids(List<Claim> claims) {
    return claims.stream().map(Claim::id).toList();
  }
}
