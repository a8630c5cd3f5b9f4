package dev.alam.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;

/**
 * The {@code alam} command-line tool. Each subcommand reads files or standard input as UTF-8 and
 * writes UTF-8 to standard output; errors are one line on standard error with a documented exit
 * code ({@link ExitCodes}), never a stack trace (set {@code ALAM_DEBUG=1} to see one).
 */
@Command(
    name = "alam",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Arabic normalisation, tokenisation and named-entity extraction.",
    footer = ExitCodes.FOOTER,
    subcommands = {
      NormalizeCommand.class,
      TokenizeCommand.class,
      ExtractCommand.class,
      EvalCommand.class,
      ConllCommand.class,
      TrainCommand.class,
      BuildCommands.Lexicons.class,
      BuildCommands.Vocabulary.class,
      BuildCommands.Evidence.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Runs the tool and exits with its exit code. */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out),
        false, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err),
        true, StandardCharsets.UTF_8);
    int code = run(args, System.in, out, err);
    out.flush();
    System.exit(code);
  }

  /**
   * Runs the tool with the given streams and returns the exit code; the entry point for tests.
   * Standard output is flushed, not closed.
   */
  public static int run(String[] args, InputStream in, OutputStream out, PrintStream err) {
    Io io = new Io(in, out, err);
    CommandLine cli = new CommandLine(new Main(), new Factory(io));
    PrintWriter errWriter = new PrintWriter(err, true);
    cli.setErr(errWriter);
    cli.setOut(new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true));
    cli.setParameterExceptionHandler(Main::usageError);
    cli.setExecutionExceptionHandler((e, command, parsed) -> failure(e, command, io));
    int code = cli.execute(args);
    io.flush();
    return code;
  }

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "missing command");
  }

  private static int usageError(ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    String name = command.getCommandSpec().qualifiedName();
    command.getErr().println(name + ": " + e.getMessage() + " (see '" + name + " --help')");
    return ExitCodes.USAGE;
  }

  private static int failure(Exception e, CommandLine command, Io io) {
    String name = command.getCommandSpec().qualifiedName();
    if (e instanceof CliException cli) {
      io.err().println(name + ": " + cli.getMessage());
      return cli.exitCode();
    }
    if (e instanceof java.io.UncheckedIOException && io.outputFailed()) {
      io.err().println(name + ": cannot write output");
      return ExitCodes.IO_ERROR;
    }
    io.err().println(name + ": internal error: " + e
        + " (please report it; set ALAM_DEBUG=1 for details)");
    if (System.getenv("ALAM_DEBUG") != null) {
      e.printStackTrace(io.err());
    }
    return ExitCodes.INTERNAL;
  }

  /** Creates commands with the shared streams. */
  private record Factory(Io io) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> cls) throws Exception {
      if (IoCommand.class.isAssignableFrom(cls)) {
        return cls.getDeclaredConstructor(Io.class).newInstance(io);
      }
      return CommandLine.defaultFactory().create(cls);
    }
  }

  /** Prints the version from the jar manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"alam " + (v == null ? "(development build)" : v)};
    }
  }
}
