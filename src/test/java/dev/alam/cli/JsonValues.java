package dev.alam.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses the tool's JSON output into plain Java values with jackson-core's streaming parser:
 * objects become insertion-ordered {@link Map}s, arrays {@link List}s, numbers {@link Long} or
 * {@link Double}, and {@code null} null. Strict: malformed JSON, a duplicate key or anything
 * after the value fails. Stateless and thread-safe.
 */
final class JsonValues {
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private JsonValues() {}

  /**
   * Parses one JSON value that must make up all of {@code json} (surrounding whitespace aside).
   *
   * @throws IOException if it is not valid JSON or has trailing content
   */
  static Object parse(String json) throws IOException {
    try (JsonParser p = FACTORY.createParser(json)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        throw new IOException("no JSON value in '" + json + "'");
      }
      Object value = read(p);
      if (p.nextToken() != null) {
        throw new IOException("content after the JSON value in '" + json + "'");
      }
      return value;
    }
  }

  /** Parses a JSON object; fails if the value is not an object. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> object(String json) throws IOException {
    Object value = parse(json);
    if (!(value instanceof Map)) {
      throw new IOException("not a JSON object: '" + json + "'");
    }
    return (Map<String, Object>) value;
  }

  private static Object read(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT: {
        Map<String, Object> map = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          p.nextToken();
          map.put(name, read(p));
        }
        return map;
      }
      case START_ARRAY: {
        List<Object> list = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          list.add(read(p));
        }
        return list;
      }
      case VALUE_STRING:
        return p.getText();
      case VALUE_NUMBER_INT:
        return p.getLongValue();
      case VALUE_NUMBER_FLOAT:
        return p.getDoubleValue();
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_NULL:
        return null;
      default:
        throw new IOException("unexpected " + t);
    }
  }
}
