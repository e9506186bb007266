package org.competenceatlas.seed;

import ac.simons.neo4j.migrations.core.CypherResource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.competenceatlas.infrastructure.CypherQueries;
import org.competenceatlas.infrastructure.SchemaMigrations;
import org.competenceatlas.taxonomy.TaxonomyService;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Loads the scripts of {@code seed-data/} in file-name order, in one transaction, the first time
 * the application starts on a graph without them. A {@code :DatasetLoad {name: 'seed-world'}} node
 * marks the load, so later starts leave the graph alone (and keep learners' own changes).
 */
@Component
class SeedWorld implements InitializingBean {

  static final String NAME = "seed-world";
  private static final SessionConfig READ =
      SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build();
  private static final Logger log = LoggerFactory.getLogger(SeedWorld.class);

  private final SeedWorldProperties properties;
  private final Driver driver;
  private final ResourcePatternResolver resources;
  private final TaxonomyService taxonomy;
  private final String claimLoad;
  private final String markLoaded;
  private final String loaded;

  SeedWorld(
      SeedWorldProperties properties,
      Driver driver,
      ResourcePatternResolver resources,
      TaxonomyService taxonomy,
      CypherQueries queries,
      SchemaMigrations migrations) {
    // The migrations argument only orders start-up: the schema must exist before the seed.
    this.properties = properties;
    this.driver = driver;
    this.resources = resources;
    this.taxonomy = taxonomy;
    this.claimLoad = queries.get("seed/claim-seed-load");
    this.markLoaded = queries.get("seed/mark-seed-loaded");
    this.loaded = queries.get("seed/seed-loaded");
  }

  @Override
  public void afterPropertiesSet() {
    if (!properties.enabled()) {
      return;
    }
    if (alreadyLoaded()) {
      log.info("Seed world already loaded; leaving the graph as it is");
      return;
    }
    long started = System.nanoTime();
    var scripts = scripts();
    boolean loadedHere;
    try (var session = driver.session()) {
      loadedHere =
          session.executeWrite(
              tx -> {
                var loadedBefore =
                    tx.run(claimLoad, Map.of("name", NAME)).single().get("loaded").asBoolean();
                if (loadedBefore) {
                  return false;
                }
                for (var script : scripts) {
                  long scriptStarted = System.nanoTime();
                  for (var statement : statements(script)) {
                    var seed = SeedStatement.of(statement);
                    tx.run(seed.cypher(), seed.parameters()).consume();
                  }
                  log.debug(
                      "Seed script {} ran in {} ms",
                      script.getFilename(),
                      (System.nanoTime() - scriptStarted) / 1_000_000);
                }
                tx.run(
                        markLoaded,
                        Map.of(
                            "name",
                            NAME,
                            "files",
                            Arrays.stream(scripts).map(Resource::getFilename).toList()))
                    .consume();
                return true;
              });
    }
    if (!loadedHere) {
      log.info("Seed world loaded by another instance meanwhile; leaving the graph as it is");
      return;
    }
    taxonomy.deriveOutcomeBreadth();
    log.info(
        "Loaded the seed world ({} scripts) in {} ms",
        scripts.length,
        (System.nanoTime() - started) / 1_000_000);
  }

  private boolean alreadyLoaded() {
    try (var session = driver.session(READ)) {
      return session.executeRead(
          tx -> tx.run(loaded, Map.of("name", NAME)).single().get("loaded").asBoolean());
    }
  }

  private Resource[] scripts() {
    try {
      var scripts = resources.getResources("classpath*:seed-data/*.cypher");
      Arrays.sort(scripts, Comparator.comparing(Resource::getFilename));
      return scripts;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> statements(Resource script) {
    try {
      return CypherResource.of(script.getURL()).getExecutableStatements();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
