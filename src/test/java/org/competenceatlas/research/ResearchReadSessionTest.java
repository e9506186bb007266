package org.competenceatlas.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.competenceatlas.AtlasTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.exceptions.ClientException;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The README tells researchers to open read sessions against the embedded DBMS: this is what such a
 * session does on a single Community instance, where there are no roles to rely on.
 */
@AtlasTest
class ResearchReadSessionTest {

  @Autowired Driver driver;

  @Test
  void aReadSessionAnswersQueriesButRefusesWrites() {
    try (var session =
        driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
      long occupations =
          session.executeRead(
              tx -> tx.run("MATCH (o:Occupation) RETURN count(o) AS n").single().get(0).asLong());
      assertThat(occupations).isPositive();

      assertThatThrownBy(
              () -> session.run("CREATE (:ResearchScratch {id: 'should-not-exist'})").consume())
          .isInstanceOf(ClientException.class);
    }
    try (var session = driver.session()) {
      assertThat(
              session
                  .run("MATCH (n:ResearchScratch) RETURN count(n) AS n")
                  .single()
                  .get(0)
                  .asLong())
          .isZero();
    }
  }
}
