package org.competenceatlas.infrastructure;

import java.net.URI;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.SecurityException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Asks the database for a connection as soon as the driver exists, so a wrong address or password
 * stops start-up with a message that names the setting to fix, before any migration or request
 * meets the failure in a stack trace of its own.
 */
@Component
class Neo4jConnectionCheck implements BeanPostProcessor {

  private final ObjectProvider<Neo4jConnectionDetails> connection;
  private final Environment environment;

  Neo4jConnectionCheck(ObjectProvider<Neo4jConnectionDetails> connection, Environment environment) {
    this.connection = connection;
    this.environment = environment;
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof Driver driver) {
      var details = connection.getIfAvailable();
      check(driver, details == null ? null : details.getUri(), embedded());
    }
    return bean;
  }

  private boolean embedded() {
    return environment.getProperty("atlas.neo4j.embedded.enabled", Boolean.class, true);
  }

  private String username() {
    return environment.getProperty("spring.neo4j.authentication.username", "neo4j");
  }

  void check(Driver driver, URI uri, boolean embedded) {
    try {
      driver.verifyConnectivity();
    } catch (AuthenticationException e) {
      throw new Neo4jUnavailableException(
          "Neo4j at " + uri + " refused to log in user '" + username() + "': " + e.getMessage(),
          embedded
              ? "Check atlas.neo4j.embedded.username and atlas.neo4j.embedded.password."
              : "Check spring.neo4j.authentication.username and spring.neo4j.authentication.password"
                  + " (environment variables SPRING_NEO4J_AUTHENTICATION_USERNAME and"
                  + " SPRING_NEO4J_AUTHENTICATION_PASSWORD) against the user on that server.",
          e);
    } catch (ServiceUnavailableException e) {
      throw new Neo4jUnavailableException(
          "Cannot reach Neo4j at " + uri + ": " + e.getMessage(),
          "Check that the Neo4j server runs and accepts Bolt connections there, and"
              + " spring.neo4j.uri (environment variable SPRING_NEO4J_URI): bolt:// or neo4j://"
              + " for a server or cluster, neo4j+s:// for Aura. The application does not start"
              + " without its database.",
          e);
    } catch (SecurityException e) {
      throw new Neo4jUnavailableException(
          "Neo4j at " + uri + " refused the connection: " + e.getMessage(),
          "Check spring.neo4j.security.* (encryption, trust strategy, certificate) against the"
              + " server's TLS settings.",
          e);
    } catch (Neo4jException e) {
      throw new Neo4jUnavailableException(
          "Neo4j at " + uri + " did not accept a connection: " + e.getMessage(),
          "Check spring.neo4j.uri and the server's log.",
          e);
    }
  }
}
