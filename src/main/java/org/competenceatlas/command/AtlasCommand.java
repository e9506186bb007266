package org.competenceatlas.command;

import org.springframework.context.ApplicationContext;

/**
 * One command of {@code java -jar competence-atlas.jar <name>}: a class annotated with picocli's
 * {@code @Command(name = ...)} whose {@code @Option} fields are filled from the command line before
 * Spring starts. {@link CommandLauncher} gives every command {@code --help}, refuses wrong
 * arguments with status 2, passes {@code --name.with.dots=value} arguments on to Spring as
 * properties, starts the context that {@link #needs()} names and calls {@link #run}.
 */
public interface AtlasCommand {

  /** How much of the application a command needs. */
  enum Needs {
    /**
     * The application's beans (repositories, services) under the profiles {@code command} and the
     * command's name: no web server, no seed world, no transfer warm-up.
     */
    APPLICATION,
    /** The application's configuration alone: no beans, no DBMS; the command opens what it uses. */
    SETTINGS
  }

  default Needs needs() {
    return Needs.APPLICATION;
  }

  /**
   * Does the command's work in the started context.
   *
   * @return the process's exit status: 0 when done, 1 when it failed
   */
  int run(ApplicationContext context) throws Exception;
}
