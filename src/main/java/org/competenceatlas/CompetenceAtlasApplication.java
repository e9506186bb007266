package org.competenceatlas;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Starts Competence Atlas: the GraphQL API over the competence graph. With {@code import-esco} as
 * first argument it runs that command instead (profile {@code import-esco}: no web server, no seed
 * world) and exits with the command's status.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CompetenceAtlasApplication {

  static final String IMPORT_ESCO = "import-esco";

  public static void main(String[] args) {
    if (args.length > 0 && IMPORT_ESCO.equals(args[0])) {
      System.exit(runCommand(args));
    }
    SpringApplication.run(CompetenceAtlasApplication.class, args);
  }

  /** Runs a command such as {@code import-esco} to its end; returns its exit status. */
  static int runCommand(String[] args) {
    var application = new SpringApplication(CompetenceAtlasApplication.class);
    application.setAdditionalProfiles(args[0]);
    try {
      return SpringApplication.exit(application.run(args));
    } catch (RuntimeException e) {
      System.err.println(args[0] + " could not start: " + e.getMessage());
      return 1;
    }
  }
}
