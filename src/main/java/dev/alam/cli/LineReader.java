package dev.alam.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads lines of strict UTF-8 from a byte stream, one at a time, tracking the byte offset so an
 * invalid byte is reported where it is. A line ends at LF; a CR before it is dropped. Holds one
 * line in memory at a time; confined to one thread.
 */
final class LineReader {
  private final InputStream in;
  private final String name;
  private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);
  private long offset;

  LineReader(InputStream in, String name) {
    this.in = in;
    this.name = name;
  }

  /** Returns the next line without its terminator, or null at the end of input. */
  String next() throws CliException {
    line.reset();
    long start = offset;
    int b;
    try {
      while ((b = in.read()) >= 0) {
        offset++;
        if (b == '\n') {
          return decode(start);
        }
        line.write(b);
      }
    } catch (IOException e) {
      throw new CliException(ExitCodes.NO_INPUT, name + ": cannot read: " + e.getMessage());
    }
    return line.size() == 0 ? null : decode(start);
  }

  private String decode(long start) throws CliException {
    byte[] bytes = line.toByteArray();
    int length = bytes.length;
    if (length > 0 && bytes[length - 1] == '\r') {
      length--;
    }
    return Input.decode(bytes, 0, length, name, start);
  }
}
