package org.competenceatlas.infrastructure;

import java.net.URI;
import org.neo4j.driver.AuthToken;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Starts the embedded DBMS unless {@code atlas.neo4j.embedded.enabled=false}, and points the driver
 * at its Bolt connector in place of {@code spring.neo4j.uri}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(
    name = "atlas.neo4j.embedded.enabled",
    havingValue = "true",
    matchIfMissing = true)
class EmbeddedNeo4jConfiguration {

  /** The password {@code application-dev.yml} sets, known to anyone who reads this project. */
  static final String DEVELOPMENT_PASSWORD = "atlas-dev-password";

  @Bean
  EmbeddedNeo4j embeddedNeo4j(EmbeddedNeo4jProperties properties, Environment environment) {
    checkPassword(properties.password(), environment.matchesProfiles("dev"));
    return new EmbeddedNeo4j(properties);
  }

  static void checkPassword(String password, boolean development) {
    if (!StringUtils.hasText(password) || password.length() < 8) {
      throw new IllegalStateException(
          "atlas.neo4j.embedded.password must be set to at least 8 characters"
              + " (environment variable ATLAS_NEO4J_EMBEDDED_PASSWORD)");
    }
    if (!development && DEVELOPMENT_PASSWORD.equals(password)) {
      throw new IllegalStateException(
          "atlas.neo4j.embedded.password is the published development password, which only the"
              + " dev profile may use: set a password of your own"
              + " (environment variable ATLAS_NEO4J_EMBEDDED_PASSWORD)");
    }
  }

  @Bean
  Neo4jConnectionDetails embeddedNeo4jConnectionDetails(EmbeddedNeo4j neo4j) {
    return new Neo4jConnectionDetails() {
      @Override
      public URI getUri() {
        return neo4j.boltUri();
      }

      @Override
      public AuthToken getAuthToken() {
        return neo4j.applicationAuthToken();
      }
    };
  }
}
