package dev.alam.cli;

import java.nio.file.Path;
import java.util.List;

/** A subcommand that reads documents from files or standard input; created with the run's Io. */
abstract class IoCommand {
  protected final Io io;

  IoCommand(Io io) {
    this.io = io;
  }

  /**
   * Processes each file in order, or standard input when there are none. A failing file is
   * reported and skipped; the exit code is that of the last failure, or 0.
   */
  protected int forEachInput(List<Path> files, InputHandler handler) throws Exception {
    if (files == null || files.isEmpty()) {
      handler.handle(Input.readStdin(io.in()));
      return ExitCodes.OK;
    }
    int code = ExitCodes.OK;
    for (Path file : files) {
      Input input;
      try {
        input = "-".equals(file.toString()) ? Input.readStdin(io.in()) : Input.read(file);
      } catch (CliException e) {
        io.flush();
        io.err().println(commandName() + ": " + e.getMessage());
        code = e.exitCode();
        continue;
      }
      handler.handle(input);
    }
    return code;
  }

  /** The command's name, for messages. */
  protected abstract String commandName();

  /** What to do with one input. */
  @FunctionalInterface
  interface InputHandler {
    void handle(Input input) throws Exception;
  }
}
