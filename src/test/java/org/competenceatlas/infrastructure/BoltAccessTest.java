package org.competenceatlas.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.competenceatlas.AtlasTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.springframework.beans.factory.annotation.Autowired;

/** What a Bolt client such as Neo4j Browser or cypher-shell sees of the embedded DBMS. */
@AtlasTest
class BoltAccessTest {

  @Autowired EmbeddedNeo4j neo4j;

  @Test
  void listensOnLoopbackOnly() {
    assertThat(neo4j.boltUri().getHost()).isEqualTo("127.0.0.1");
  }

  @Test
  void aDriverWithTheConfiguredPasswordCountsTheSeedWorld() {
    try (var driver =
            GraphDatabase.driver(neo4j.boltUri(), AuthTokens.basic("neo4j", "test-password-1234"));
        var session = driver.session()) {
      var occupations =
          session.run("MATCH (o:Occupation) RETURN count(o) AS n").single().get("n").asLong();
      var learners =
          session.run("MATCH (l:Learner) RETURN count(l) AS n").single().get("n").asLong();

      assertThat(occupations).isGreaterThanOrEqualTo(20);
      assertThat(learners).isGreaterThanOrEqualTo(5);
    }
  }

  @Test
  void refusesAWrongPassword() {
    try (var driver =
        GraphDatabase.driver(neo4j.boltUri(), AuthTokens.basic("neo4j", "not-the-password"))) {
      assertThatThrownBy(driver::verifyConnectivity).isInstanceOf(AuthenticationException.class);
    }
  }
}
