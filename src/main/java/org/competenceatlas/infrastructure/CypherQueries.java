package org.competenceatlas.infrastructure;

import ac.simons.neo4j.migrations.core.CypherResource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The named Cypher queries kept in {@code cypher/queries/<name>.cypher}, every one read and checked
 * to hold exactly one statement when the application starts, so a broken file stops start-up
 * instead of failing a request. Repositories take theirs into fields when they are built.
 */
@Component
public class CypherQueries {

  private static final String FOLDER = "cypher/queries/";

  private final Map<String, String> queries = new TreeMap<>();

  CypherQueries(ResourcePatternResolver resources) {
    try {
      for (var resource : resources.getResources("classpath*:" + FOLDER + "**/*.cypher")) {
        var name = name(resource);
        queries.put(name, statement(name, resource));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The queries for the operator's commands, which run without the application's beans. */
  public static CypherQueries onClasspath() {
    return new CypherQueries(new PathMatchingResourcePatternResolver());
  }

  /** The query of {@code cypher/queries/<name>.cypher}, such as {@code learner/lock-learner}. */
  public String get(String name) {
    var query = queries.get(name);
    if (query == null) {
      throw new IllegalArgumentException(
          "No named Cypher query cypher/queries/" + name + ".cypher");
    }
    return query;
  }

  /** Every query by name, for checks that look at all of them. */
  public Map<String, String> all() {
    return Map.copyOf(queries);
  }

  private static String name(Resource resource) throws IOException {
    var path = resource.getURL().toString();
    var start = path.lastIndexOf(FOLDER) + FOLDER.length();
    return path.substring(start, path.length() - ".cypher".length());
  }

  private static String statement(String name, Resource resource) throws IOException {
    var statements = CypherResource.of(resource.getURL()).getExecutableStatements();
    if (statements.size() != 1) {
      throw new IllegalStateException(
          "cypher/queries/" + name + ".cypher must hold exactly one statement");
    }
    return statements.get(0);
  }
}
