package org.competenceatlas.operations;

import org.competenceatlas.infrastructure.SchemaMigrations;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Readiness component {@code schema}: UP when the database records every migration this build
 * ships. It asks the database each time, so a graph swapped or wiped underneath shows up.
 */
@Component
class SchemaHealthIndicator extends AbstractHealthIndicator {

  private final SchemaMigrations migrations;

  SchemaHealthIndicator(SchemaMigrations migrations) {
    super("Could not read the applied schema migrations");
    this.migrations = migrations;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    var state = migrations.state();
    (state.upToDate() ? builder.up() : builder.down())
        .withDetail("version", state.databaseVersion())
        .withDetail("expectedVersion", state.expectedVersion())
        .withDetail("appliedMigrations", state.applied());
    if (!state.missing().isEmpty()) {
      builder.withDetail("missingMigrations", state.missing());
    }
  }
}
