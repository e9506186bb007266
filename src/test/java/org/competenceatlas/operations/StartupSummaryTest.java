package org.competenceatlas.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.competenceatlas.infrastructure.CypherQueries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class StartupSummaryTest {

  @Test
  void aStopThatClosedTheDriverBeforeTheSummaryLeavesAWarningNotAFailedStart(
      CapturedOutput output) {
    var driver = GraphDatabase.driver("bolt://127.0.0.1:1", AuthTokens.none());
    driver.close();
    var summary =
        new StartupSummary(
            new GraphStatusRepository(driver, CypherQueries.onClasspath()),
            new HealthProperties(true));

    assertThatCode(summary::logTaxonomy).doesNotThrowAnyException();
    assertThat(output).contains("Could not read which taxonomy is served");
  }
}
