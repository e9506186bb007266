package org.competenceatlas.external;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.test.tester.ExecutionGraphQlServiceTester;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

/**
 * The same application against the official Neo4j server image instead of the embedded DBMS: how
 * users who outgrow one machine run it. Skipped where no Docker engine is available.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(properties = {"atlas.neo4j.embedded.enabled=false", "spring.main.banner-mode=off"})
class ExternalNeo4jServerTest {

  @Container @ServiceConnection
  static final Neo4jContainer NEO4J = new Neo4jContainer("neo4j:5.26-community");

  @Autowired ExecutionGraphQlService graphQlService;

  @Test
  void appliesTheMigrationsLoadsTheSeedWorldAndAnswersASearch() {
    var tester = ExecutionGraphQlServiceTester.create(graphQlService);

    var labels =
        tester
            .document(
                "{ schemaVersion searchOccupations(text: \"receptionist\") { edges { node { label } } } }")
            .execute()
            .path("searchOccupations.edges[*].node.label")
            .entityList(String.class)
            .get();

    assertThat(labels).anyMatch(label -> label.contains("receptionist"));
  }
}
