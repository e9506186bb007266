package org.competenceatlas.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Duration;
import org.competenceatlas.infrastructure.CypherQueries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

@ExtendWith(OutputCaptureExtension.class)
class StartupSummaryTest {

  @Test
  void aStopThatClosedTheDriverBeforeTheSummaryLeavesAWarningNotAFailedStart(
      CapturedOutput output) {
    var summary = summaryOverAClosedDriver();

    assertThatCode(() -> summary.logTaxonomy(readyEvent(new ServletWebServerApplicationContext())))
        .doesNotThrowAnyException();
    assertThat(output).contains("Could not read which taxonomy is served");
  }

  @Test
  void aCommandWithoutAWebServerGetsNoSummaryAboutReadiness(CapturedOutput output) {
    var summary = summaryOverAClosedDriver();

    summary.logTaxonomy(readyEvent(new GenericApplicationContext()));

    assertThat(output).doesNotContain("taxonomy is served").doesNotContain("readiness");
  }

  /** A summary whose every query fails, as after a stop that closed the driver. */
  private static StartupSummary summaryOverAClosedDriver() {
    var driver = GraphDatabase.driver("bolt://127.0.0.1:1", AuthTokens.none());
    driver.close();
    return new StartupSummary(
        new GraphStatusRepository(driver, CypherQueries.onClasspath()), new HealthProperties(true));
  }

  private static ApplicationReadyEvent readyEvent(ConfigurableApplicationContext context) {
    return new ApplicationReadyEvent(
        new SpringApplication(), new String[0], context, Duration.ZERO);
  }
}
