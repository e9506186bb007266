package org.competenceatlas;

import java.util.List;
import org.competenceatlas.command.CommandLauncher;
import org.competenceatlas.esco.EscoImportCommand;
import org.competenceatlas.evaluation.EvaluateTransfersCommand;
import org.competenceatlas.launcher.JvmDefaults;
import org.competenceatlas.meaning.ComputeMeaningCommand;
import org.competenceatlas.operations.BackupCommand;
import org.competenceatlas.operations.RestoreCommand;
import org.competenceatlas.recognition.EvaluateRecognitionCommand;
import org.competenceatlas.research.GraphExportCommand;
import org.competenceatlas.transfer.TransferExportCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Starts Competence Atlas: the GraphQL API over the competence graph. A first argument that names a
 * command runs that command instead and exits with its status (docs/commands.md). Either runs in a
 * JVM with a bounded heap when {@code java -jar} was given no heap size ({@link JvmDefaults}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CompetenceAtlasApplication {

  /** Every command of the jar; docs/commands.md describes each (a test holds the two together). */
  static CommandLauncher commands() {
    return new CommandLauncher(
        CompetenceAtlasApplication.class,
        List.of(
            EscoImportCommand.class,
            ComputeMeaningCommand.class,
            EvaluateTransfersCommand.class,
            EvaluateRecognitionCommand.class,
            GraphExportCommand.class,
            TransferExportCommand.class,
            BackupCommand.class,
            RestoreCommand.class));
  }

  public static void main(String[] args) {
    var bounded = JvmDefaults.runInBoundedJvm(args);
    if (bounded.isPresent()) {
      System.exit(bounded.getAsInt());
    }
    var commands = commands();
    if (commands.handles(args)) {
      System.exit(commands.run(args));
    }
    SpringApplication.run(CompetenceAtlasApplication.class, args);
  }
}
