package org.competenceatlas;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the application with the README's command ({@code ./mvnw spring-boot:run}) in a fresh data
 * folder, asks a GraphQL question, stops it, and starts it again on the same folder: the seed world
 * is there once, not twice.
 */
class ReadmeQuickStartIT {

  private static final String PASSWORD = "readme-test-password";

  @TempDir Path data;

  // The application's output goes here, not to the system temp folder, so each run cleans it up.
  @TempDir Path logs;

  @Test
  void theReadmeCommandServesTheSeedWorldAndASecondStartDoesNotDuplicateIt() throws Exception {
    Map<String, Long> firstCounts;
    try (var app = start()) {
      var answer =
          app.post(
              "/graphql",
              "{\"query\":\"{ searchOccupations(text: \\\"receptionist\\\") { edges { node { id"
                  + " label } } } }\"}");
      assertThat(answer).contains("hotel receptionist").doesNotContain("errors");
      assertThat(app.awaitMeaningLayersSettled()).contains("\"READY\"");
      // Until readiness, the warm-up's made-up portfolio is still in the graph, growing.
      assertThat(app.readiness()).contains("\"UP\"");
      firstCounts = app.nodesByLabels(PASSWORD);
      assertThat(firstCounts.values().stream().mapToLong(Long::longValue).sum()).isGreaterThan(300);
    }
    try (var app = start()) {
      assertThat(app.readiness()).contains("\"UP\"");
      assertThat(app.nodesByLabels(PASSWORD)).isEqualTo(firstCounts);
    }
  }

  private LaunchedApp start() throws Exception {
    return LaunchedApp.start(
        List.of(
            "./mvnw",
            "-B",
            "spring-boot:run",
            "-Dspotless.check.skip=true",
            "-Dspring-boot.run.arguments="
                + String.join(" ", LaunchedApp.settings(data, PASSWORD))),
        Files.createTempFile(logs, "atlas-run", ".log"));
  }
}
