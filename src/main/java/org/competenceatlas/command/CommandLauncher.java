package org.competenceatlas.command;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Runs {@code java -jar competence-atlas.jar <command> [options] [--spring.property=value ...]}:
 * picocli parses the command's options, then the command runs in the Spring context it needs and
 * the process exits with its status. 0 done, 1 failed, 2 wrong arguments; {@code --help} prints the
 * command's usage and {@code help} lists the commands.
 */
public final class CommandLauncher {

  /** Exit status for arguments the command does not take; its usage is printed too. */
  public static final int WRONG_USAGE = 2;

  static final int FAILED = 1;

  /**
   * A Spring property on the command line has a dotted name and a value, as {@code
   * --atlas.neo4j.embedded.data-directory=x}; no command option has a dot in its name.
   */
  private static final Pattern SPRING_PROPERTY =
      Pattern.compile("--[A-Za-z][\\w-]*(\\.[\\w\\[\\]-]+)+=.*", Pattern.DOTALL);

  private static final String COMMAND_PROFILE = "command";
  private static final String DEFAULT_PROFILE = "dev";
  private static final Logger log = LoggerFactory.getLogger(CommandLauncher.class);

  private final Class<?> application;
  private final List<Class<? extends AtlasCommand>> commands;

  public CommandLauncher(Class<?> application, List<Class<? extends AtlasCommand>> commands) {
    this.application = application;
    this.commands = List.copyOf(commands);
  }

  /**
   * Whether the arguments are for the launcher rather than the service: a first argument that is
   * not an option (a command, {@code help}, or a mistyped command, which is refused with the usage
   * instead of starting a server), or {@code --help} / {@code -h}.
   */
  public boolean handles(String[] args) {
    return args.length > 0
        && (!args[0].startsWith("-") || args[0].equals("--help") || args[0].equals("-h"));
  }

  public List<String> names() {
    return commands.stream().map(type -> type.getAnnotation(Command.class).name()).toList();
  }

  public int run(String[] args) {
    return run(args, System.out, System.err);
  }

  public int run(String[] args, PrintStream out, PrintStream err) {
    var springArgs = Arrays.stream(args).filter(CommandLauncher::isSpringProperty).toList();
    var commandArgs =
        Arrays.stream(args).filter(arg -> !isSpringProperty(arg)).toArray(String[]::new);
    var line = commandLine();
    line.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
    line.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
    line.setExecutionStrategy(parsed -> execute(parsed, springArgs, err));
    return line.execute(commandArgs);
  }

  /**
   * The command the arguments name, with its options filled in; Spring properties are left out.
   *
   * @throws ParameterException for arguments the command does not take
   */
  public AtlasCommand parse(String... args) {
    var parsed =
        commandLine()
            .parseArgs(
                Arrays.stream(args).filter(arg -> !isSpringProperty(arg)).toArray(String[]::new));
    if (!parsed.hasSubcommand()) {
      throw new ParameterException(parsed.commandSpec().commandLine(), "No command named");
    }
    return (AtlasCommand) parsed.subcommand().commandSpec().userObject();
  }

  private CommandLine commandLine() {
    var line = new CommandLine(new Commands()).setCaseInsensitiveEnumValuesAllowed(true);
    line.getCommandSpec().addOption(helpOption());
    for (var type : commands) {
      var command = new CommandLine(type);
      command.getCommandSpec().addOption(helpOption());
      command
          .getCommandSpec()
          .usageMessage()
          .footer(
              "",
              "Spring properties may follow as --name=value, such as",
              "--atlas.neo4j.embedded.data-directory=atlas-data, or",
              "--atlas.neo4j.embedded.enabled=false --spring.neo4j.uri=bolt://host:7687.",
              "Exit status: 0 done, 1 failed, 2 wrong arguments.");
      command.setCaseInsensitiveEnumValuesAllowed(true);
      line.addSubcommand(command);
    }
    return line;
  }

  private static OptionSpec helpOption() {
    return OptionSpec.builder("-h", "--help")
        .usageHelp(true)
        .description("Show this help and exit.")
        .build();
  }

  private int execute(ParseResult parsed, List<String> springArgs, PrintStream err) {
    var help = CommandLine.executeHelpRequest(parsed);
    if (help != null) {
      return help;
    }
    if (!parsed.hasSubcommand()) {
      parsed.commandSpec().commandLine().usage(parsed.commandSpec().commandLine().getErr());
      return WRONG_USAGE;
    }
    var spec = parsed.subcommand().commandSpec();
    var name = spec.name();
    var command = (AtlasCommand) spec.userObject();
    ConfigurableApplicationContext context;
    try {
      context = start(command, name, springArgs.toArray(String[]::new));
    } catch (RuntimeException e) {
      err.println(name + " could not start: " + e.getMessage());
      return FAILED;
    }
    try (context) {
      return command.run(context);
    } catch (Exception e) {
      log.error("{} failed: {}", name, e.getMessage(), e);
      return FAILED;
    }
  }

  private ConfigurableApplicationContext start(
      AtlasCommand command, String name, String[] springArgs) {
    if (command.needs() == AtlasCommand.Needs.SETTINGS) {
      return new SpringApplicationBuilder(Settings.class)
          .web(WebApplicationType.NONE)
          .bannerMode(Banner.Mode.OFF)
          .logStartupInfo(false)
          .run(springArgs);
    }
    var spring = new SpringApplication(application);
    spring.setAdditionalProfiles(profiles(name, springArgs));
    return spring.run(springArgs);
  }

  /**
   * A command's own profiles would switch off the default one: it is added back unless profiles are
   * named, so a command runs on the same settings as the service would.
   */
  private static String[] profiles(String name, String[] springArgs) {
    var profiles = new LinkedHashSet<String>();
    boolean named =
        System.getenv("SPRING_PROFILES_ACTIVE") != null
            || System.getProperty("spring.profiles.active") != null
            || Arrays.stream(springArgs)
                .anyMatch(arg -> arg.startsWith("--spring.profiles.active="));
    if (!named) {
      profiles.add(DEFAULT_PROFILE);
    }
    profiles.add(COMMAND_PROFILE);
    profiles.add(name);
    return new ArrayList<>(profiles).toArray(String[]::new);
  }

  private static boolean isSpringProperty(String arg) {
    return SPRING_PROPERTY.matcher(arg).matches();
  }

  @Command(
      name = "java -jar competence-atlas.jar",
      description = {
        "Without a command: starts the service.",
        "With one: runs it and exits. 'help <command>' shows a command's options."
      },
      subcommands = CommandLine.HelpCommand.class)
  private static final class Commands {}

  /** The context of a {@link AtlasCommand.Needs#SETTINGS} command: configuration, no beans. */
  static final class Settings {}
}
