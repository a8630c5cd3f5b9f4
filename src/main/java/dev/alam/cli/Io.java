package dev.alam.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** The streams one run of the tool uses; confined to that run. */
final class Io {
  private final InputStream in;
  private final Writer out;
  private final PrintStream err;
  private boolean outputFailed;

  Io(InputStream in, OutputStream out, PrintStream err) {
    this.in = in;
    this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    this.err = err;
  }

  InputStream in() {
    return in;
  }

  /** The buffered UTF-8 standard output. */
  Writer out() {
    return out;
  }

  PrintStream err() {
    return err;
  }

  /** Writes text to standard output. */
  void print(CharSequence s) {
    try {
      out.append(s);
    } catch (IOException e) {
      outputFailed = true;
      throw new UncheckedIOException(e);
    }
  }

  void flush() {
    try {
      out.flush();
    } catch (IOException e) {
      outputFailed = true;
    }
  }

  boolean outputFailed() {
    return outputFailed;
  }
}
