package org.competenceatlas.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.competenceatlas.AtlasTest;
import org.competenceatlas.DemoUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Fatima shares her portfolio with assessor Yusuf and takes it back; she sees every step, and every
 * read of his, in her access log.
 */
@AtlasTest
class GrantsTest {

  private static final String FATIMA = "learner-fatima";

  @Autowired HttpGraphQlTester graphQl;
  @Autowired Neo4jClient neo4j;

  @Test
  void aGrantOpensThePortfolioAndARevocationClosesItForTheNextRequest() {
    var fatima = DemoUsers.as(graphQl, "fatima");
    var yusuf = DemoUsers.as(graphQl, DemoUsers.YUSUF);
    assertRefused(yusuf, ErrorType.FORBIDDEN);

    var grantId =
        fatima
            .documentName("grantAccess")
            .variable("learnerId", FATIMA)
            .variable("grant", Map.of("grantee", DemoUsers.YUSUF, "role", "ASSESSOR"))
            .execute()
            .path("grantAccess.active")
            .entity(Boolean.class)
            .isEqualTo(true)
            .path("grantAccess.id")
            .entity(String.class)
            .get();
    try {
      yusuf
          .documentName("learner")
          .variable("id", FATIMA)
          .execute()
          .path("learner.displayName")
          .entity(String.class)
          .satisfies(name -> assertThat(name).startsWith("Fatima"));
      yusuf
          .documentName("me")
          .execute()
          .path("me.grantsReceived[*].learnerId")
          .entityList(String.class)
          .contains(FATIMA);
    } finally {
      fatima
          .documentName("revokeAccess")
          .variable("learnerId", FATIMA)
          .variable("grantId", grantId)
          .execute()
          .path("revokeAccess.active")
          .entity(Boolean.class)
          .isEqualTo(false);
    }

    assertRefused(yusuf, ErrorType.FORBIDDEN);
    // A refusal is answered before its line is written, by the writer, shortly after.
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              var log =
                  fatima
                      .documentName("accessLog")
                      .variable("learnerId", FATIMA)
                      .variable("first", 10)
                      .execute()
                      .path("accessLog.edges[*].node")
                      .entityList(Map.class)
                      .get();
              assertThat(log)
                  .extracting(event -> event.get("action") + " " + event.get("actor"))
                  .containsSubsequence(
                      "REFUSED yusuf",
                      "REVOKE fatima",
                      "READ yusuf",
                      "GRANT fatima",
                      "REFUSED yusuf");
              assertThat(log.get(2).get("detail")).isEqualTo("Query.learner");
            });
  }

  @Test
  void theLearnersOwnReadsAreNotLogged() {
    var fatima = DemoUsers.as(graphQl, "fatima");
    int before = logSize(fatima);

    fatima.documentName("learner").variable("id", FATIMA).execute().path("learner.id");

    assertThat(logSize(fatima)).isEqualTo(before);
  }

  @Test
  void anExpiredGrantNoLongerOpensThePortfolio() {
    DemoUsers.as(graphQl, DemoUsers.ELLA)
        .documentName("learner")
        .variable("id", "learner-jesse")
        .execute()
        .errors()
        .satisfy(errors -> assertThat(errors.get(0).getErrorType()).isEqualTo(ErrorType.FORBIDDEN));
  }

  @Test
  void aGrantThatEndsInThePastOrNamesNobodyIsABadRequest() {
    var fatima = DemoUsers.as(graphQl, "fatima");
    int grants = grantCount(fatima);

    for (var grant :
        List.<Map<String, Object>>of(
            Map.of(
                "grantee",
                "ella",
                "role",
                "ADVISER",
                "expiresAt",
                OffsetDateTime.now().minusDays(1).toString()),
            Map.of("grantee", "ella", "role", "ADVISER", "expiresAt", "next tuesday"),
            Map.of("grantee", "  ", "role", "ADVISER"),
            Map.of("grantee", "fatima", "role", "ADVISER"),
            Map.of("grantee", "no-such-user", "role", "ADVISER"))) {
      fatima
          .documentName("grantAccess")
          .variable("learnerId", FATIMA)
          .variable("grant", grant)
          .execute()
          .errors()
          .satisfy(
              errors -> {
                assertThat(errors).hasSize(1);
                assertThat(errors.get(0).getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
                assertThat(errors.get(0).getExtensions().get("argument"))
                    .asString()
                    .startsWith("grant.");
              });
    }
    assertThat(grantCount(fatima)).isEqualTo(grants);
  }

  @Test
  void endedGrantsStayInTheHistoryButOnlyTheGrantInForceIsReadToDecide() {
    var fatima = DemoUsers.as(graphQl, "fatima");
    int grants = grantCount(fatima);
    String last = null;
    for (int i = 0; i < 3; i++) {
      last =
          fatima
              .documentName("grantAccess")
              .variable("learnerId", FATIMA)
              .variable("grant", Map.of("grantee", "rui", "role", "ADVISER"))
              .execute()
              .path("grantAccess.id")
              .entity(String.class)
              .get();
    }
    fatima
        .documentName("revokeAccess")
        .variable("learnerId", FATIMA)
        .variable("grantId", last)
        .execute()
        .path("revokeAccess.active")
        .entity(Boolean.class)
        .isEqualTo(false);

    assertThat(grantCount(fatima)).isEqualTo(grants + 3);
    assertThat(grantsOfHistoryAdviser("GRANTED")).isZero();
    assertThat(grantsOfHistoryAdviser("GRANTED_BEFORE")).isEqualTo(3);
  }

  /**
   * The soak's collapse began here: grants to one holder at the same moment each replaced the same
   * earlier grant, and all of them stayed in force (docs/reliability.md).
   */
  @Test
  void grantsToOneHolderAtTheSameMomentLeaveExactlyOneInForceAndEachEndedOnce() throws Exception {
    int parallel = 12;
    var threads = Executors.newFixedThreadPool(parallel);
    var start = new CountDownLatch(1);
    try {
      var grants = new ArrayList<Future<String>>();
      for (int i = 0; i < parallel; i++) {
        grants.add(
            threads.submit(
                () -> {
                  start.await();
                  return DemoUsers.as(graphQl, "fatima")
                      .documentName("grantAccess")
                      .variable("learnerId", FATIMA)
                      .variable("grant", Map.of("grantee", "admin", "role", "ADVISER"))
                      .execute()
                      .path("grantAccess.id")
                      .entity(String.class)
                      .get();
                }));
      }
      start.countDown();
      for (var grant : grants) {
        assertThat(grant.get(120, TimeUnit.SECONDS)).isNotBlank();
      }
    } finally {
      threads.shutdownNow();
    }

    assertThat(grantsOf("admin", "GRANTED")).isEqualTo(1);
    assertThat(grantsOf("admin", "GRANTED_BEFORE")).isEqualTo(parallel - 1);
    assertThat(
            neo4j
                .query(
                    "MATCH (:Learner {id: $id})-[r:GRANTED_BEFORE]->(g:AccessGrant"
                        + " {grantee: 'admin'}) WITH g, count(r) AS links"
                        + " WHERE links > 1 OR g.revokedAt IS NULL RETURN count(g)")
                .bind(FATIMA)
                .to("id")
                .fetchAs(Long.class)
                .one()
                .orElseThrow())
        .as("ended grants moved once and marked ended")
        .isZero();
  }

  private long grantsOfHistoryAdviser(String type) {
    return grantsOf("rui", type);
  }

  private long grantsOf(String grantee, String type) {
    return neo4j
        .query(
            "MATCH (:Learner {id: $id})-[r]->(g:AccessGrant {grantee: $grantee})"
                + " WHERE type(r) = $type RETURN count(r)")
        .bindAll(Map.of("id", FATIMA, "type", type, "grantee", grantee))
        .fetchAs(Long.class)
        .one()
        .orElseThrow();
  }

  @Test
  void revokingAGrantOfAnotherLearnerIsNotFound() {
    DemoUsers.as(graphQl, "fatima")
        .documentName("revokeAccess")
        .variable("learnerId", FATIMA)
        .variable("grantId", "grant-sanne-ella")
        .execute()
        .errors()
        .satisfy(errors -> assertThat(errors.get(0).getErrorType()).isEqualTo(ErrorType.NOT_FOUND));
  }

  private void assertRefused(HttpGraphQlTester tester, ErrorType type) {
    tester
        .documentName("learner")
        .variable("id", FATIMA)
        .execute()
        .errors()
        .satisfy(errors -> assertThat(errors.get(0).getErrorType()).isEqualTo(type));
  }

  private static int logSize(HttpGraphQlTester fatima) {
    return fatima
        .documentName("accessLog")
        .variable("learnerId", FATIMA)
        .variable("first", 100)
        .execute()
        .path("accessLog.edges")
        .entityList(Object.class)
        .get()
        .size();
  }

  private static int grantCount(HttpGraphQlTester fatima) {
    return fatima
        .documentName("accessGrants")
        .variable("learnerId", FATIMA)
        .execute()
        .path("accessGrants")
        .entityList(Object.class)
        .get()
        .size();
  }
}
