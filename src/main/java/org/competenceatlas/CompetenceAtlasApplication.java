package org.competenceatlas;

import java.util.Arrays;
import java.util.Set;
import org.competenceatlas.operations.BackupCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Starts Competence Atlas: the GraphQL API over the competence graph. A first argument names a
 * command instead: {@code import-esco}, {@code compute-meaning}, {@code evaluate-transfers}, {@code
 * export-transfers} and {@code export-graph} run in the application under the profile of that name
 * (no web server, no seed world) and exit with the command's status; {@code backup} and {@code
 * restore} are {@link BackupCommand}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CompetenceAtlasApplication {

  static final String IMPORT_ESCO = "import-esco";
  static final String EXPORT_TRANSFERS = "export-transfers";
  static final String EXPORT_GRAPH = "export-graph";
  static final String COMPUTE_MEANING = "compute-meaning";
  static final String EVALUATE_TRANSFERS = "evaluate-transfers";
  private static final Set<String> COMMANDS =
      Set.of(IMPORT_ESCO, EXPORT_TRANSFERS, EXPORT_GRAPH, COMPUTE_MEANING, EVALUATE_TRANSFERS);
  private static final String DEFAULT_PROFILE = "dev";

  public static void main(String[] args) {
    if (BackupCommand.handles(args)) {
      System.exit(BackupCommand.run(args));
    }
    if (args.length > 0 && COMMANDS.contains(args[0])) {
      System.exit(runCommand(args));
    }
    SpringApplication.run(CompetenceAtlasApplication.class, args);
  }

  /** Runs a command such as {@code import-esco} to its end; returns its exit status. */
  static int runCommand(String[] args) {
    var application = new SpringApplication(CompetenceAtlasApplication.class);
    // A command's own profile would switch off the default one: add it back, so a command runs
    // on the same settings as the application would.
    if (namesProfiles(args)) {
      application.setAdditionalProfiles(args[0]);
    } else {
      application.setAdditionalProfiles(DEFAULT_PROFILE, args[0]);
    }
    try {
      return SpringApplication.exit(application.run(args));
    } catch (RuntimeException e) {
      System.err.println(args[0] + " could not start: " + e.getMessage());
      return 1;
    }
  }

  private static boolean namesProfiles(String[] args) {
    return System.getenv("SPRING_PROFILES_ACTIVE") != null
        || System.getProperty("spring.profiles.active") != null
        || Arrays.stream(args).anyMatch(arg -> arg.startsWith("--spring.profiles.active="));
  }
}
