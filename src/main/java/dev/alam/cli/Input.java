package dev.alam.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * One input document: a file or standard input, decoded strictly as UTF-8. A byte-order mark is
 * kept as the character U+FEFF, so offsets are into the text exactly as decoded.
 *
 * @param name the file name as given, or {@code <stdin>}
 * @param text the decoded text
 */
record Input(String name, String text) {
  static final String STDIN = "<stdin>";

  /** Reads a whole file. */
  static Input read(Path path) throws CliException {
    String name = path.toString();
    if (Files.isDirectory(path)) {
      throw new CliException(ExitCodes.NO_INPUT, name + ": is a directory");
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw new CliException(ExitCodes.NO_INPUT, name + ": no such file");
    } catch (AccessDeniedException e) {
      throw new CliException(ExitCodes.NO_INPUT, name + ": permission denied");
    } catch (IOException e) {
      throw new CliException(ExitCodes.NO_INPUT, name + ": cannot read: " + e.getMessage());
    } catch (OutOfMemoryError e) {
      throw new CliException(ExitCodes.NO_INPUT, name + ": too large to read into memory");
    }
    return new Input(name, decode(bytes, 0, bytes.length, name, 0));
  }

  /** Reads all of standard input. */
  static Input readStdin(InputStream in) throws CliException {
    try {
      byte[] bytes = in.readAllBytes();
      return new Input(STDIN, decode(bytes, 0, bytes.length, STDIN, 0));
    } catch (IOException e) {
      throw new CliException(ExitCodes.NO_INPUT, STDIN + ": cannot read: " + e.getMessage());
    }
  }

  /**
   * Decodes {@code bytes[from, to)} as strict UTF-8.
   *
   * @param base the byte offset of {@code from} in the whole input, for the error message
   * @throws CliException with {@link ExitCodes#BAD_INPUT} naming the input and byte offset
   */
  static String decode(byte[] bytes, int from, int to, String name, long base)
      throws CliException {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, from, to - from);
    CharBuffer out = CharBuffer.allocate(to - from);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      throw new CliException(ExitCodes.BAD_INPUT,
          name + ": invalid UTF-8 at byte " + (base + in.position() - from));
    }
    out.flip();
    return out.toString();
  }
}
