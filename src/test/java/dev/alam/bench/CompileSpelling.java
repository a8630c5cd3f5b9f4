package dev.alam.bench;

import dev.alam.text.SpellingDictionary;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Writes {@code models/lexicon/ayaspell-ar.words.bin}, the compiled word table of the bundled
 * spelling dictionary, from {@code ayaspell-ar.aff.gz} and {@code ayaspell-ar.dic.gz} beside it
 * ({@link SpellingDictionary#writeCompiled}). Run from the project root:
 *
 * <pre>
 * mvn -B -q -Pcheck test-compile exec:exec -Dcheck=CompileSpelling
 * </pre>
 *
 * <p>{@code SpellingDictionaryTest} checks that the bundled file is what this writes.
 */
public final class CompileSpelling {
  private CompileSpelling() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "models/lexicon");
    SpellingDictionary d;
    try (InputStream aff = new GZIPInputStream(Files.newInputStream(
            dir.resolve("ayaspell-ar.aff.gz")));
        InputStream dic = new GZIPInputStream(Files.newInputStream(
            dir.resolve("ayaspell-ar.dic.gz")))) {
      d = SpellingDictionary.read(aff, "ayaspell-ar.aff.gz", dic, "ayaspell-ar.dic.gz");
    }
    Path out = dir.resolve("ayaspell-ar.words.bin");
    try (OutputStream o = Files.newOutputStream(out)) {
      d.writeCompiled(o);
    }
    System.out.println("wrote " + out + ": " + d.size() + " words, " + Files.size(out)
        + " bytes");
  }
}
