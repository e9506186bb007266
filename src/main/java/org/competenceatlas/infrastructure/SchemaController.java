package org.competenceatlas.infrastructure;

import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Answers which schema version the graph is at. */
@Controller
class SchemaController {

  private final SchemaMigrations migrations;

  SchemaController(SchemaMigrations migrations) {
    this.migrations = migrations;
  }

  @QueryMapping
  int schemaVersion() {
    return migrations.currentVersion();
  }
}
