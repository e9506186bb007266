package org.competenceatlas.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.regex.Pattern;
import org.competenceatlas.AtlasTest;
import org.competenceatlas.DemoUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** One log line per GraphQL request, with nothing a learner typed in it. */
@AtlasTest
@ExtendWith(OutputCaptureExtension.class)
class GraphQlRequestLogTest {

  @Autowired HttpGraphQlTester graphQl;

  @Test
  void logsOneLinePerRequestWithOperationTypeOutcomeAndDuration(CapturedOutput output) {
    int before = output.getAll().length();

    graphQl.documentName("searchOccupations").variable("text", "receptionist").execute();

    var line =
        Pattern.compile(
            "graphql operation=searchOccupations type=query outcome=ok duration_ms=\\d+\\R");
    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(
            () -> assertThat(line.matcher(output.getAll().substring(before)).results()).hasSize(1));
  }

  @Test
  void neverLogsTheVariablesOrTheDocument(CapturedOutput output) {
    int before = output.getAll().length();

    DemoUsers.as(graphQl, DemoUsers.SANNE)
        .documentName("learner")
        .variable("id", "learner-sanne")
        .execute();

    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(
            () ->
                assertThat(output.getAll().substring(before))
                    .contains("graphql operation=learner type=query outcome=ok"));
    assertThat(output.getAll().substring(before))
        .doesNotContain("learner-sanne", "Sanne", "displayName", "preferredLanguage");
  }

  @Test
  void logsTheErrorClassificationsOfAFailedRequest(CapturedOutput output) {
    int before = output.getAll().length();

    DemoUsers.as(graphQl, DemoUsers.SANNE)
        .documentName("learner")
        .variable("id", "learner-nobody")
        .execute();

    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(
            () ->
                assertThat(output.getAll().substring(before))
                    .contains("graphql operation=learner type=query outcome=error:FORBIDDEN"));
  }

  @Test
  void namesAnUnnamedOperationAnonymousAndAnInvalidDocumentByItsClassification(
      CapturedOutput output) {
    int before = output.getAll().length();

    graphQl.document("{ schemaVersion }").execute();
    graphQl.document("{ noSuchField }").execute();

    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(
            () ->
                assertThat(output.getAll().substring(before))
                    .contains("graphql operation=anonymous type=query outcome=ok")
                    .contains(
                        "graphql operation=anonymous type=unknown outcome=error:ValidationError"));
  }
}
