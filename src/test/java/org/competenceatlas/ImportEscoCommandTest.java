package org.competenceatlas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.competenceatlas.infrastructure.EmbeddedNeo4j;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;

/**
 * The {@code import-esco} command as a user runs it, pointed at an external Neo4j: here the test
 * context's DBMS, reached over Bolt with the embedded one switched off.
 */
@AtlasTest
class ImportEscoCommandTest {

  @Autowired EmbeddedNeo4j neo4j;
  @Autowired Driver driver;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream systemOut;
  private PrintStream systemErr;

  @BeforeEach
  void captureOutput() {
    systemOut = System.out;
    systemErr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restoreOutputAndLoggingAndRemoveEsco() {
    System.setOut(systemOut);
    System.setErr(systemErr);
    // The command's profile turns logging down to WARN for the whole JVM; later tests want INFO.
    var logging = LoggingSystem.get(getClass().getClassLoader());
    logging.setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.INFO);
    logging.setLogLevel("org.competenceatlas", null);
    logging.setLogLevel("org.springframework.data.neo4j.cypher.unrecognized", null);
    try (var session = driver.session()) {
      session
          .run("MATCH (n) WHERE n.source = 'esco' OR n:TaxonomyRelease DETACH DELETE n")
          .consume();
    }
  }

  private int importEsco(String... arguments) {
    var args = new ArrayList<>(List.of("import-esco"));
    args.addAll(List.of(arguments));
    args.addAll(
        List.of(
            "--atlas.neo4j.embedded.enabled=false",
            "--spring.neo4j.uri=" + neo4j.boltUri(),
            "--spring.neo4j.authentication.username=neo4j",
            "--spring.neo4j.authentication.password=test-password-1234"));
    return CompetenceAtlasApplication.commands().run(args.toArray(String[]::new));
  }

  @Test
  void importsAReleaseIntoAnExternalNeo4jAndExitsWithZero() throws URISyntaxException {
    var mini = Path.of(getClass().getResource("/esco-mini").toURI()).toString();

    int status = importEsco("--dir", mini, "--version=1.0.0", "--strict");

    assertThat(status).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("Importing ESCO 1.0.0 from " + mini + " (languages: en, nl)")
        .contains("occupationSkillRelations_en.csv")
        .contains("rows/s")
        .contains("ESCO 1.0.0 imported (languages: en, nl)")
        .contains("Skipped rows: 0")
        .contains("Peak resident memory");
    try (var session = driver.session()) {
      assertThat(
              session
                  .run("MATCH (o:Occupation {source: 'esco'}) RETURN count(o) AS n")
                  .single()
                  .get("n")
                  .asLong())
          .isEqualTo(4);
    }
  }

  @Test
  void aRefusedReleaseExitsWithOneAndSaysWhy() {
    int status = importEsco("--dir=no-such-folder", "--version=1.0.0");

    assertThat(status).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("The release was refused and nothing was imported")
        .contains("no-such-folder is not a folder");
  }

  @Test
  void wrongArgumentsExitWithTwoAndTheUsage() {
    int status = importEsco("--version=1.0.0");

    assertThat(status).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("Missing required option: '--dir=<folder>'")
        .contains("Usage: java -jar competence-atlas.jar import-esco");
  }
}
