package org.competenceatlas.learner;

import static org.competenceatlas.common.BatchResults.byKey;

import java.util.List;
import java.util.Map;
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

  @QueryMapping
  Learner learner(@Argument String id) {
    return learners.learner(id);
  }

  @SchemaMapping
  List<Goal> goals(Learner learner) {
    return learners.goals(learner.id());
  }

  @SchemaMapping
  List<Experience> experiences(Learner learner) {
    return learners.experiences(learner.id());
  }

  @SchemaMapping
  List<Claim> claims(Learner learner) {
    return learners.claims(learner.id());
  }

  @BatchMapping(typeName = "Claim", field = "supportedBy")
  Map<Claim, List<Experience>> supportedBy(List<Claim> claims) {
    return byKey(claims, learners.claimExperiences(ids(claims)), Claim::id);
  }

  @BatchMapping(typeName = "Claim", field = "evidence")
  Map<Claim, List<Evidence>> evidence(List<Claim> claims) {
    return byKey(claims, learners.claimEvidence(ids(claims)), Claim::id);
  }

  private static List<String> ids(List<Claim> claims) {
    return claims.stream().map(Claim::id).toList();
  }
}
