package org.competenceatlas;

import org.competenceatlas.operations.BackupCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Starts Competence Atlas: the GraphQL API over the competence graph, or with {@code backup} or
 * {@code restore} as first argument, that command (see {@link BackupCommand}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CompetenceAtlasApplication {

  public static void main(String[] args) {
    if (BackupCommand.handles(args)) {
      System.exit(BackupCommand.run(args));
    }
    SpringApplication.run(CompetenceAtlasApplication.class, args);
  }
}
