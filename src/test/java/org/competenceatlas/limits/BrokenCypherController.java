package org.competenceatlas.limits;

import org.neo4j.driver.Driver;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Fails the way a bug would: Neo4j refuses the Cypher, with the query text in its message. */
@Controller
class BrokenCypherController {

  static final String BROKEN_CYPHER = "MATCH (secret:Learner RETURN secret.displayName";

  private final Driver driver;

  BrokenCypherController(Driver driver) {
    this.driver = driver;
  }

  @QueryMapping
  Integer testOnlyBrokenCypher() {
    driver.executableQuery(BROKEN_CYPHER).execute();
    return 0;
  }
}
