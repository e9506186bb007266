package org.competenceatlas.operations;

import java.net.URI;
import java.util.List;
import org.competenceatlas.infrastructure.EmbeddedNeo4jProperties;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * Where the backup and restore commands reach the graph over Bolt: the running application's
 * embedded DBMS, or the external Neo4j of {@code spring.neo4j.uri}.
 */
record BoltTarget(URI uri, String username, String password, boolean embedded) {

  static BoltTarget of(Environment environment) {
    var embedded = embeddedProperties(environment);
    if (embedded.enabled()) {
      var host =
          List.of("0.0.0.0", "::").contains(embedded.listenAddress())
              ? "127.0.0.1"
              : embedded.listenAddress();
      if (embedded.boltPort() == 0) {
        throw new IllegalArgumentException(
            "atlas.neo4j.embedded.bolt-port is 0 (random): give the port the application"
                + " listens on, as logged at its start");
      }
      return new BoltTarget(
          URI.create("bolt://" + host + ":" + embedded.boltPort()),
          embedded.username(),
          embedded.password(),
          true);
    }
    var binder = Binder.get(environment);
    return new BoltTarget(
        URI.create(environment.getProperty("spring.neo4j.uri", "bolt://localhost:7687")),
        binder.bind("spring.neo4j.authentication.username", String.class).orElse("neo4j"),
        binder.bind("spring.neo4j.authentication.password", String.class).orElse(""),
        false);
  }

  static EmbeddedNeo4jProperties embeddedProperties(Environment environment) {
    return Binder.get(environment)
        .bindOrCreate("atlas.neo4j.embedded", EmbeddedNeo4jProperties.class);
  }

  Driver driver() {
    return GraphDatabase.driver(uri, AuthTokens.basic(username, password));
  }
}
