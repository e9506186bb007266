package org.competenceatlas.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.competenceatlas.AtlasTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.SecurityException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.unit.DataSize;

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
  void theApplicationLogsInAsAUserOfItsOwnThatNoPersonIsGiven() {
    try (var driver = GraphDatabase.driver(neo4j.boltUri(), neo4j.applicationAuthToken());
        var session = driver.session()) {
      var user = session.run("SHOW CURRENT USER YIELD user").single().get("user").asString();

      assertThat(user).startsWith("atlas-app-").isNotEqualTo(neo4j.username());
    }
  }

  /**
   * Neo4j locks a user out for a few seconds after three wrong passwords: a stranger guessing the
   * people's password must not lock the application out with it. On a DBMS of its own, so the
   * lock-out does not reach the other tests.
   */
  @Test
  void wrongPasswordsForThePeoplesUserDoNotLockTheApplicationOut() {
    var folder = Path.of("target/test-neo4j/lockout-" + UUID.randomUUID());
    var spare = spare(folder, "lockout-test-password");
    try {
      for (int i = 0; i < 10; i++) {
        try (var stranger =
            GraphDatabase.driver(spare.boltUri(), AuthTokens.basic("neo4j", "guess-" + i))) {
          assertThatThrownBy(stranger::verifyConnectivity).isInstanceOf(SecurityException.class);
        }
      }
      try (var people =
          GraphDatabase.driver(
              spare.boltUri(), AuthTokens.basic("neo4j", "lockout-test-password"))) {
        assertThatThrownBy(people::verifyConnectivity)
            .as("the people's user is locked out for now")
            .isInstanceOf(SecurityException.class);
      }

      try (var application = GraphDatabase.driver(spare.boltUri(), spare.applicationAuthToken());
          var session = application.session()) {
        assertThat(session.run("RETURN 1 AS one").single().get("one").asInt()).isEqualTo(1);
      }
    } finally {
      spare.destroy();
    }
  }

  /**
   * The configured password is the people's password at every start: a changed one replaces the
   * old, an unchanged one starts as before, and each start's application user replaces the last.
   */
  @Test
  void aRestartWithAnotherPasswordReplacesTheOldOneAndKeepsOneApplicationUser() {
    var folder = Path.of("target/test-neo4j/restart-" + UUID.randomUUID());
    spare(folder, "first-password-of-mine").destroy();
    spare(folder, "second-password-of-mine").destroy();
    var third = spare(folder, "second-password-of-mine");
    try {
      try (var old =
          GraphDatabase.driver(
              third.boltUri(), AuthTokens.basic("neo4j", "first-password-of-mine"))) {
        assertThatThrownBy(old::verifyConnectivity).isInstanceOf(AuthenticationException.class);
      }
      try (var people =
              GraphDatabase.driver(
                  third.boltUri(), AuthTokens.basic("neo4j", "second-password-of-mine"));
          var session = people.session(SessionConfig.forDatabase("system"))) {
        var users =
            session.run("SHOW USERS YIELD user, passwordChangeRequired").list(r -> r.asMap());

        assertThat(users)
            .extracting(user -> user.get("user"))
            .filteredOn(name -> ((String) name).startsWith("atlas-app-"))
            .hasSize(1);
        assertThat(users)
            .filteredOn(user -> user.get("user").equals("neo4j"))
            .extracting(user -> user.get("passwordChangeRequired"))
            .containsExactly(false);
      }
    } finally {
      third.destroy();
    }
  }

  /**
   * With people logging in under another name, Neo4j's initial {@code neo4j} user must not stay
   * behind with its initial password, which anyone reaching the port could claim.
   */
  @Test
  void anotherPeoplesUserNameLeavesNoInitialNeo4jUserToClaim() {
    var other =
        spare(
            Path.of("target/test-neo4j/other-name-" + UUID.randomUUID()),
            "people",
            "people-password-of-mine");
    try {
      try (var stranger =
          GraphDatabase.driver(other.boltUri(), AuthTokens.basic("neo4j", "neo4j"))) {
        assertThatThrownBy(stranger::verifyConnectivity)
            .isInstanceOf(AuthenticationException.class);
      }
      try (var people =
              GraphDatabase.driver(
                  other.boltUri(), AuthTokens.basic("people", "people-password-of-mine"));
          var session = people.session(SessionConfig.forDatabase("system"))) {
        var users = session.run("SHOW USERS YIELD user").list(r -> r.get("user").asString());

        assertThat(users).contains("people").doesNotContain("neo4j");
      }
    } finally {
      other.destroy();
    }
  }

  private static EmbeddedNeo4j spare(Path folder, String password) {
    return spare(folder, "neo4j", password);
  }

  private static EmbeddedNeo4j spare(Path folder, String username, String password) {
    return new EmbeddedNeo4j(
        new EmbeddedNeo4jProperties(
            true,
            folder,
            "127.0.0.1",
            0,
            username,
            password,
            DataSize.ofMegabytes(16),
            Duration.ofSeconds(60),
            Duration.ofSeconds(5),
            DataSize.ofMegabytes(256)));
  }

  @Test
  void refusesAWrongPassword() {
    try (var driver =
        GraphDatabase.driver(neo4j.boltUri(), AuthTokens.basic("neo4j", "not-the-password"))) {
      assertThatThrownBy(driver::verifyConnectivity).isInstanceOf(AuthenticationException.class);
    }
  }
}
