package dev.alam.cli;

import dev.alam.Alam;
import dev.alam.model.TextDomain;
import java.nio.file.Files;
import java.nio.file.Path;

/** Builds the extractor a command asks for, turning model errors into one-line messages. */
final class Models {
  private Models() {}

  /** The default extractor, or one with the model in {@code directory} if not null. */
  static Alam build(Path directory) throws CliException {
    return build(directory, TextDomain.NEWS);
  }

  /** As {@link #build(Path)}, for text of {@code domain}. */
  static Alam build(Path directory, TextDomain domain) throws CliException {
    Alam.Builder builder = Alam.builder().textDomain(domain);
    if (directory != null) {
      if (!Files.isDirectory(directory)) {
        throw new CliException(ExitCodes.NO_INPUT, directory + ": not a model directory");
      }
      builder.modelDirectory(directory);
    }
    try {
      return builder.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new CliException(ExitCodes.BAD_INPUT, e.getMessage());
    }
  }
}
