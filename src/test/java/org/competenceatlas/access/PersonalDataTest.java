package org.competenceatlas.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.competenceatlas.AtlasTest;
import org.competenceatlas.DemoUsers;
import org.competenceatlas.SeedWorldIds;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rights of access and erasure, on a learner of this test's own with one node of every kind a
 * portfolio holds, each text carrying a marker: after erasure the marker is nowhere in the graph.
 * The learner belongs to the demo user rui, who has no portfolio of his own in the seed world.
 */
@AtlasTest
class PersonalDataTest {

  private static final String LEARNER = "learner-erasable";
  private static final String MARKER = "Qx7-erasable";
  private static final String OWNER = DemoUsers.RUI_RESEARCHER;

  @Autowired HttpGraphQlTester graphQl;
  @Autowired Driver driver;

  @Test
  void theExportHoldsEveryPersonalNodeAndErasureLeavesNothingOfTheLearner() {
    long personalBefore = personalNodes();
    createLearnerWithEveryKindOfNode();
    DemoUsers.as(graphQl, DemoUsers.ELLA)
        .documentName("learner")
        .variable("id", LEARNER)
        .execute()
        .path("learner.id")
        .entity(String.class)
        .isEqualTo(LEARNER);
    var owner = DemoUsers.as(graphQl, OWNER);

    var export =
        owner
            .documentName("personalDataExport")
            .variable("learnerId", LEARNER)
            .execute()
            .path("personalDataExport")
            .entity(Map.class)
            .get();
    JsonNode document = JsonMapper.builder().build().readTree((String) export.get("document"));
    var labels =
        document
            .get("nodes")
            .valueStream()
            .map(node -> node.get("labels").get(0).asString())
            .toList();
    assertThat(labels)
        .containsExactlyInAnyOrderElementsOf(
            List.of(
                "Learner",
                "Experience",
                "Claim",
                "Evidence",
                "Validation",
                "AccessGrant",
                "AccessEvent",
                "AuditEvent",
                "GoalStage",
                "DevelopmentPlan",
                "PlanItem"));
    assertThat(export.get("nodeCount")).isEqualTo(11);
    assertThat(document.get("relationships").valueStream().map(r -> r.get("type").asString()))
        .contains("HAD", "MADE", "ABOUT", "SUPPORTED_BY", "HAS_EVIDENCE", "JUDGED", "BY", "AGAINST")
        .contains("HAS_GOAL", "GRANTED")
        .contains("AUDIT_LOGGED", "IN_STAGE", "HAS_PLAN", "HAS_ITEM", "FOLLOWS");
    assertThat(document.get("references").valueStream().map(r -> r.get("key").asString()))
        .contains(SeedWorldIds.NURSE, SeedWorldIds.INFORM_GUESTS, "assessor-marieke");
    assertThat(document.toString()).contains(MARKER + " values", "2024-03-01");

    owner
        .documentName("erasePersonalData")
        .variable("learnerId", LEARNER)
        .variable("confirm", true)
        .execute()
        .path("erasePersonalData.nodesDeleted")
        .entity(Integer.class)
        .isEqualTo(11)
        .path("erasePersonalData.validationsDeleted")
        .entity(Integer.class)
        .isEqualTo(1);

    assertThat(nodesAndRelationshipsMentioningTheMarker()).isZero();
    assertThat(personalNodes()).isEqualTo(personalBefore);
    assertThat(count("MATCH (a:Assessor {id: 'assessor-marieke'}) RETURN count(a)")).isEqualTo(1);
    assertThat(count("MATCH (o:Occupation {id: '" + SeedWorldIds.NURSE + "'}) RETURN count(o)"))
        .isEqualTo(1);
    owner.documentName("me").execute().path("me.learner").valueIsNull();
  }

  @Test
  void erasureWithoutConfirmationChangesNothing() {
    long before = count("MATCH (n) RETURN count(n)");

    DemoUsers.as(graphQl, DemoUsers.SANNE)
        .documentName("erasePersonalData")
        .variable("learnerId", SeedWorldIds.SANNE)
        .variable("confirm", false)
        .execute()
        .errors()
        .satisfy(errors -> assertThat(errors.get(0).getMessage()).contains("confirm"));

    assertThat(count("MATCH (n) RETURN count(n)")).isEqualTo(before);
  }

  private void createLearnerWithEveryKindOfNode() {
    try (var session = driver.session()) {
      session
          .run(
              """
              MATCH (nurse:Occupation {id: $nurse}), (outcome:LearningOutcome {id: $outcome}),
                    (assessor:Assessor {id: 'assessor-marieke'})
              CREATE (l:Learner {id: $learner, account: $owner, displayName: $marker + ' name',
                                 preferredLanguage: 'en', values: [$marker + ' values']})
              CREATE (l)-[:HAS_GOAL {since: date('2024-03-01')}]->(nurse)
              CREATE (l)-[:HAD]->(e:Experience {id: $learner + '-exp', kind: 'INFORMAL',
                                  context: 'WORK', title: $marker + ' job', startDate: date('2024-03-01')})
              CREATE (l)-[:MADE]->(c:Claim {id: $learner + '-claim', proficiency: 'ADVANCED', status: 'VALIDATED',
                                  note: $marker + ' note'})-[:ABOUT]->(outcome)
              CREATE (c)-[:SUPPORTED_BY]->(e)
              CREATE (c)-[:HAS_EVIDENCE]->(:Evidence {id: $learner + '-evidence', kind: 'REFERENCE',
                                  title: $marker + ' reference'})
              CREATE (v:Validation {id: $learner + '-validation', function: 'OF_LEARNING',
                                  comment: $marker + ' comment', date: date('2024-06-01')})
              CREATE (v)-[:JUDGED {result: 'CONFIRMED'}]->(c)
              CREATE (v)-[:BY]->(assessor)
              CREATE (v)-[:AGAINST]->(nurse)
              CREATE (l)-[:GRANTED]->(:AccessGrant {id: $learner + '-grant', grantee: 'ella',
                                  role: 'ADVISER', grantedAt: datetime()})
              CREATE (l)-[:AUDIT_LOGGED]->(:AuditEvent {id: $learner + '-audit', at: datetime(),
                                  actor: $owner, action: 'addClaim', detail: $marker + ' detail'})
              CREATE (l)-[:IN_STAGE]->(:GoalStage {id: $learner + '-stage', goalId: $nurse,
                                  stage: 'VALUE', at: datetime(), actor: $owner, reason: $marker + ' why'})
              WITH l, nurse
              MATCH (course:LearningOpportunity)
              WITH l, nurse, course LIMIT 1
              CREATE (l)-[:HAS_PLAN]->(p:DevelopmentPlan {id: $learner + '-plan', goalId: $nurse,
                                  status: 'ACTIVE', acceptedAt: datetime(), acceptedBy: $marker + ' adviser',
                                  gapOutcomeIds: [$outcome]})
              CREATE (p)-[:HAS_ITEM]->(:PlanItem {id: $learner + '-item', position: 0,
                                  status: 'PLANNED', outcomeIds: [$outcome]})-[:FOLLOWS]->(course)
              """,
              Map.of(
                  "learner", LEARNER,
                  "owner", OWNER,
                  "marker", MARKER,
                  "nurse", SeedWorldIds.NURSE,
                  "outcome", SeedWorldIds.INFORM_GUESTS))
          .consume();
    }
  }

  private long nodesAndRelationshipsMentioningTheMarker() {
    var mentions =
        """
        any(key IN keys(x) WHERE
          (x[key] IS :: STRING AND x[key] CONTAINS $marker)
          OR (x[key] IS :: LIST<STRING NOT NULL> AND any(s IN x[key] WHERE s CONTAINS $marker)))
        """;
    try (var session = driver.session()) {
      long nodes =
          session
              .run(
                  "MATCH (x) WHERE " + mentions + " RETURN count(x) AS n", Map.of("marker", MARKER))
              .single()
              .get("n")
              .asLong();
      long relationships =
          session
              .run(
                  "MATCH ()-[x]->() WHERE " + mentions + " RETURN count(x) AS n",
                  Map.of("marker", MARKER))
              .single()
              .get("n")
              .asLong();
      return nodes
          + relationships
          + count("MATCH (x) WHERE x.id STARTS WITH 'learner-erasable' RETURN count(x)");
    }
  }

  private long personalNodes() {
    return count(
        "MATCH (n) WHERE any(l IN labels(n) WHERE l IN "
            + PersonalDataRepository.PERSONAL_LABELS.stream().map(l -> "'" + l + "'").toList()
            + ") RETURN count(n)");
  }

  private long count(String cypher) {
    try (var session = driver.session()) {
      return session.run(cypher).single().get(0).asLong();
    }
  }
}
