package dev.alam.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.alam.text.Sentence;
import dev.alam.text.Token;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes the tool's JSON objects, one per line, with Jackson's streaming generator. */
final class Json {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private Json() {}

  /** Starts a generator on {@code out} that does not close it. */
  static JsonGenerator generator(Writer out) throws IOException {
    JsonGenerator g = FACTORY.createGenerator(out);
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    return g;
  }

  static void writeTokens(JsonGenerator g, List<Token> tokens) throws IOException {
    g.writeArrayFieldStart("tokens");
    for (Token t : tokens) {
      g.writeStartObject();
      g.writeStringField("text", t.text());
      g.writeNumberField("start", t.start());
      g.writeNumberField("end", t.end());
      g.writeStringField("norm", t.norm());
      g.writeStringField("kind", t.kind().label());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  static void writeSentences(JsonGenerator g, List<Sentence> sentences) throws IOException {
    g.writeArrayFieldStart("sentences");
    for (Sentence s : sentences) {
      g.writeStartObject();
      g.writeNumberField("start", s.start());
      g.writeNumberField("end", s.end());
      g.writeEndObject();
    }
    g.writeEndArray();
  }
}
