package dev.probe.app.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/** Pretty JSON text with a final newline. */
final class Json {
  private Json() {}

  static String pretty(JsonNode node) {
    try {
      return JsonRecords.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree always serialises", e);
    }
  }
}
