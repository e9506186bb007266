package org.competenceatlas.infrastructure;

import ac.simons.neo4j.migrations.core.CypherResource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * The named Cypher queries kept in {@code cypher/queries/<name>.cypher}. Repositories fetch theirs
 * when they are built, so a missing file stops start-up instead of failing a request.
 */
@Component
public class CypherQueries {

  private final ResourceLoader resources;
  private final Map<String, String> cache = new ConcurrentHashMap<>();

  CypherQueries(ResourceLoader resources) {
    this.resources = resources;
  }

  public String get(String name) {
    return cache.computeIfAbsent(name, this::load);
  }

  private String load(String name) {
    var resource = resources.getResource("classpath:cypher/queries/" + name + ".cypher");
    if (!resource.exists()) {
      throw new IllegalArgumentException(
          "No named Cypher query cypher/queries/" + name + ".cypher");
    }
    try {
      var statements = CypherResource.of(resource.getURL()).getExecutableStatements();
      if (statements.size() != 1) {
        throw new IllegalStateException(
            "cypher/queries/" + name + ".cypher must hold exactly one statement");
      }
      return statements.get(0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
