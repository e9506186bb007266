package org.competenceatlas.badges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.competenceatlas.SeedWorldIds.BASIC_CARE_UNIT;
import static org.competenceatlas.SeedWorldIds.SANNE;

import org.competenceatlas.AtlasTest;
import org.competenceatlas.DemoUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The exported credentials have the structure of an Open Badges 3.0 OpenBadgeCredential. */
@AtlasTest
class OpenBadgeGraphQlTest {

  private static final String LISTENING =
      "http://data.competence-atlas.org/outcome/listen-actively";

  @Autowired HttpGraphQlTester tester;
  @Autowired BadgeProperties properties;

  @Test
  void aValidatedClaimBecomesAnOpenBadgeCredentialAlignedToItsOutcome() {
    var badge =
        badge("claimBadge(learnerId: $l, claimId: \"claim-sanne-listening\")", "claimBadge");

    assertThat(badge.get("@context").get(0).asString())
        .isEqualTo("https://www.w3.org/ns/credentials/v2");
    assertThat(badge.get("@context").get(1).asString())
        .startsWith("https://purl.imsglobal.org/spec/ob/v3p0/context");
    assertThat(badge.get("id").asString()).startsWith("urn:uuid:");
    assertThat(badge.get("type").toString())
        .contains("VerifiableCredential", "OpenBadgeCredential");
    assertThat(badge.get("issuer").get("id").asString()).isEqualTo(properties.issuerId());
    assertThat(badge.get("issuer").get("type").get(0).asString()).isEqualTo("Profile");
    assertThat(badge.get("validFrom").asString()).isEqualTo("2024-06-12T00:00:00Z");
    assertThat(badge.has("proof")).isFalse();
    var subject = badge.get("credentialSubject");
    assertThat(subject.get("type").get(0).asString()).isEqualTo("AchievementSubject");
    var identity = subject.get("identifier").get(0);
    assertThat(identity.get("hashed").asBoolean()).isTrue();
    assertThat(identity.get("identityHash").asString()).startsWith("sha256$").doesNotContain(SANNE);
    var achievement = subject.get("achievement");
    assertThat(achievement.get("type").get(0).asString()).isEqualTo("Achievement");
    assertThat(achievement.get("criteria").get("narrative").asString()).isNotBlank();
    assertThat(achievement.get("alignment").get(0).get("targetUrl").asString())
        .isEqualTo(LISTENING);
    assertThat(achievement.get("alignment").get(0).get("type").get(0).asString())
        .isEqualTo("Alignment");
    var evidence = badge.get("evidence");
    assertThat(evidence.size()).isGreaterThanOrEqualTo(2);
    assertThat(evidence.get(0).get("type").get(0).asString()).isEqualTo("Evidence");
  }

  @Test
  void aBadgeNamesNoPersonNeitherTheLearnerNorTheAssessor() {
    var badge =
        badge("claimBadge(learnerId: $l, claimId: \"claim-sanne-listening\")", "claimBadge");

    assertThat(badge.toString()).doesNotContain("Sanne", "Verhoeven", "Marieke", SANNE);
  }

  @Test
  void aUnitCoveredByValidatedClaimsBecomesOneBadgeAlignedToEveryOutcome() {
    var badge = badge("unitBadge(learnerId: $l, unitId: \"" + BASIC_CARE_UNIT + "\")", "unitBadge");

    var achievement = badge.get("credentialSubject").get("achievement");
    assertThat(achievement.get("id").asString()).isEqualTo(BASIC_CARE_UNIT);
    assertThat(achievement.get("alignment").size()).isEqualTo(5);
  }

  @Test
  void aClaimThatIsNotValidatedGivesNoBadge() {
    DemoUsers.as(tester, DemoUsers.SANNE)
        .document(
            "query($l: ID!) { claimBadge(learnerId: $l, claimId: \"claim-sanne-complaints\") { id } }")
        .variable("l", SANNE)
        .execute()
        .errors()
        .satisfy(
            e -> {
              assertThat(e.get(0).getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
              assertThat(e.get(0).getExtensions()).containsEntry("argument", "claimId");
            });
  }

  @Test
  void aUnitWithOutcomesNotYetValidatedGivesNoBadge() {
    DemoUsers.as(tester, DemoUsers.SANNE)
        .document(
            "query($l: ID!) { unitBadge(learnerId: $l, unitId: \"http://data.competence-atlas.org/unit/nursing-communication\") { id } }")
        .variable("l", SANNE)
        .execute()
        .errors()
        .satisfy(e -> assertThat(e.get(0).getExtensions()).containsEntry("argument", "unitId"));
  }

  private JsonNode badge(String field, String name) {
    var json =
        DemoUsers.as(tester, DemoUsers.SANNE)
            .document("query($l: ID!) { " + field + " { id json } }")
            .variable("l", SANNE)
            .execute()
            .path(name + ".json")
            .entity(String.class)
            .get();
    return JsonMapper.builder().build().readTree(json);
  }
}
