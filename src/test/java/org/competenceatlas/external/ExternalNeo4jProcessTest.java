package org.competenceatlas.external;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.competenceatlas.CompetenceAtlasApplication;
import org.competenceatlas.DemoUsers;
import org.competenceatlas.SeedWorldIds;
import org.competenceatlas.infrastructure.Neo4jUnavailableException;
import org.competenceatlas.infrastructure.Neo4jUnavailableFailureAnalyzer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application with its embedded DBMS switched off, on a Neo4j that runs in another process and
 * is reached only through {@code spring.neo4j.uri}, user and password: what users who outgrow one
 * machine run, proven without Docker ({@link ExternalNeo4jServerTest} does the same against the
 * official server image where Docker exists).
 */
class ExternalNeo4jProcessTest {

  @TempDir static Path work;
  static Neo4jServerProcess neo4j;
  static Driver driver;
  static ConfigurableApplicationContext app;

  @BeforeAll
  static void startNeo4jAndTheApplication() throws Exception {
    neo4j = Neo4jServerProcess.start(work.resolve("neo4j"));
    driver =
        GraphDatabase.driver(
            neo4j.boltUri(), AuthTokens.basic("neo4j", Neo4jServerProcess.PASSWORD));
    app = start(neo4j.boltUri(), Neo4jServerProcess.PASSWORD);
  }

  @AfterAll
  static void stopAll() throws Exception {
    if (app != null) {
      app.close();
    }
    if (driver != null) {
      driver.close();
    }
    if (neo4j != null) {
      neo4j.close();
    }
  }

  static ConfigurableApplicationContext start(URI uri, String password) {
    return new SpringApplicationBuilder(CompetenceAtlasApplication.class)
        .profiles("test")
        .run(
            "--atlas.neo4j.embedded.enabled=false",
            "--spring.neo4j.uri=" + uri,
            "--spring.neo4j.authentication.username=neo4j",
            "--spring.neo4j.authentication.password=" + password,
            "--spring.neo4j.connection-timeout=10s",
            "--server.port=0",
            "--atlas.transfer.warm-up=false");
  }

  static AtlasHttp http(ConfigurableApplicationContext context) {
    return new AtlasHttp(context.getEnvironment().getProperty("local.server.port", Integer.class));
  }

  long count(String cypher) {
    try (var session = driver.session()) {
      return session.executeRead(tx -> tx.run(cypher).single().get(0).asLong());
    }
  }

  /** The migrations the library recorded as applied (its baseline node is not one). */
  private static final String APPLIED = "MATCH (m:__Neo4jMigration) WHERE m.version <> 'BASELINE'";

  @Test
  void appliesEveryMigrationAndLoadsTheSeedWorldOnceAcrossRestarts() throws Exception {
    long shipped;
    try (Stream<Path> files = Files.list(Path.of("cypher/migrations"))) {
      shipped = files.filter(f -> f.getFileName().toString().matches("V\\d+__.+\\.cypher")).count();
    }
    assertThat(count(APPLIED + " RETURN count(m)")).isEqualTo(shipped);
    assertThat(count("SHOW CONSTRAINTS YIELD name RETURN count(name)")).isGreaterThan(10);
    var schemaVersion =
        http(app).graphQl("{ schemaVersion }", Map.of()).at("/data/schemaVersion").asInt();
    assertThat(schemaVersion).isEqualTo((int) count(APPLIED + " RETURN max(toInteger(m.version))"));
    long nodes = count("MATCH (n) RETURN count(n)");
    assertThat(count("MATCH (d:DatasetLoad {name: 'seed-world'}) RETURN count(d)")).isOne();

    try (var second = start(neo4j.boltUri(), Neo4jServerProcess.PASSWORD)) {
      assertThat(
              http(second).graphQl("{ schemaVersion }", Map.of()).at("/data/schemaVersion").asInt())
          .isEqualTo(schemaVersion);
    }

    assertThat(count("MATCH (n) RETURN count(n)")).isEqualTo(nodes);
    assertThat(count("MATCH (d:DatasetLoad {name: 'seed-world'}) RETURN count(d)")).isOne();
    assertThat(count(APPLIED + " RETURN count(m)")).isEqualTo(shipped);
  }

  @Test
  void answersASearchATransferAndALearnerMutation() {
    var http = http(app);

    var search =
        http.graphQl(
            "query($text: String!) { searchOccupations(text: $text) { edges { node { id } } } }",
            Map.of("text", "receptionist"));
    assertThat(search.at("/data/searchOccupations/edges").findValuesAsString("id"))
        .contains(SeedWorldIds.HOTEL_RECEPTIONIST);

    var transfer =
        http.graphQl(
            "query($from: ID!, $to: ID!) { transfer(from: {occupationId: $from},"
                + " to: {occupationId: $to}) { score matches { held { id } required { id } } } }",
            Map.of("from", SeedWorldIds.HOTEL_RECEPTIONIST, "to", SeedWorldIds.NURSE));
    assertThat(transfer.at("/data/transfer/score").asDouble()).isGreaterThan(0);
    assertThat(transfer.at("/data/transfer/matches").findValuesAsString("id"))
        .contains(SeedWorldIds.WORK_IN_TEAM, SeedWorldIds.INFORM_PATIENTS);

    var added =
        http.graphQl(
            DemoUsers.SANNE,
            "mutation($id: ID!) { addExperience(learnerId: $id, input: {kind: INFORMAL,"
                + " context: CARE, title: \"Shift on an external database\","
                + " startDate: \"2025-03-01\"}) { id } }",
            Map.of("id", SeedWorldIds.SANNE));
    var experienceId = added.at("/data/addExperience/id").asString();
    assertThat(experienceId).as(added.toString()).isNotBlank();
    assertThat(
            count(
                "MATCH (:Learner {id: 'learner-sanne'})-[]-(e:Experience"
                    + " {title: 'Shift on an external database'}) RETURN count(e)"))
        .isOne();
    var experiences =
        http.graphQl(
            DemoUsers.SANNE,
            "query($id: ID!) { learner(id: $id) { experiences { id } } }",
            Map.of("id", SeedWorldIds.SANNE));
    assertThat(experiences.at("/data/learner/experiences").findValuesAsString("id"))
        .contains(experienceId);
  }

  @Test
  void refusesToStartWithAWrongPasswordAndSaysWhichSettingToFix() {
    var failure = catchThrowable(() -> start(neo4j.boltUri(), "not-the-password"));

    var refusal = neo4jUnavailable(failure);
    assertThat(refusal.getMessage())
        .contains("Neo4j at " + neo4j.boltUri() + " refused to log in user 'neo4j'")
        .contains("spring.neo4j.authentication.password");
    var analysis = new Neo4jUnavailableFailureAnalyzer().analyze(failure);
    assertThat(analysis.getAction()).contains("SPRING_NEO4J_AUTHENTICATION_PASSWORD");
  }

  @Test
  void refusesToStartWhenTheDatabaseIsUnreachable() throws Exception {
    int closedPort;
    try (var socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    var uri = URI.create("bolt://127.0.0.1:" + closedPort);

    var failure = catchThrowable(() -> start(uri, Neo4jServerProcess.PASSWORD));

    assertThat(neo4jUnavailable(failure).getMessage())
        .contains("Cannot reach Neo4j at " + uri)
        .contains("spring.neo4j.uri");
  }

  private static Neo4jUnavailableException neo4jUnavailable(Throwable failure) {
    assertThat(failure).as("start-up must fail").isNotNull();
    for (var cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof Neo4jUnavailableException refusal) {
        return refusal;
      }
    }
    throw new AssertionError("No Neo4jUnavailableException in the failure", failure);
  }
}
