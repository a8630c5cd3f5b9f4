package dev.alam.cli;

/** The command-line tool's exit codes; the help footer and the README list them. */
final class ExitCodes {
  static final int OK = 0;
  /** An unexpected internal error (a bug): reported in one line, details with ALAM_DEBUG=1. */
  static final int INTERNAL = 1;
  /** Input that is not valid: invalid UTF-8, a malformed gold or CoNLL file. */
  static final int BAD_INPUT = 2;
  /** An input file that is missing, unreadable or a directory. */
  static final int NO_INPUT = 3;
  /** An output that cannot be written. */
  static final int IO_ERROR = 4;
  /** Unknown option, missing or bad argument. */
  static final int USAGE = 64;

  static final String FOOTER = """

      Exit codes: 0 success; 1 internal error; 2 invalid input (e.g. invalid UTF-8, with the \
      file and byte offset); 3 input file missing, unreadable or a directory; 4 output error; \
      64 usage error.""";

  private ExitCodes() {}
}
