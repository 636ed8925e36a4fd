package dev.probe.app.exchange;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.probe.core.domain.ProbeException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the records of a tracker's JSON file (a top-level array, or an array under one of the given
 * names, possibly inside {@code data}) and keeps the line each record starts on.
 */
final class JsonRecords {

  static final ObjectMapper MAPPER =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  private JsonRecords() {}

  record Located(int line, JsonNode node) {}

  static List<Located> read(String text, Set<String> arrayNames, String formatName) {
    List<Located> records = new ArrayList<>();
    try (JsonParser p = MAPPER.createParser(text)) {
      JsonToken first = p.nextToken();
      boolean found;
      if (first == JsonToken.START_ARRAY) {
        readArray(p, records);
        found = true;
      } else if (first == JsonToken.START_OBJECT) {
        found = readObject(p, arrayNames, records, 0);
      } else {
        found = false;
      }
      if (!found) {
        throw ProbeException.invalid(
            "this is not a "
                + formatName
                + " file: expected a JSON array of scores or an object with "
                + String.join(" or ", arrayNames.stream().map(n -> "'" + n + "'").toList()));
      }
      return records;
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw ProbeException.invalid(
          "line " + line + ": not valid JSON (" + e.getOriginalMessage() + ")");
    } catch (IOException e) {
      throw ProbeException.invalid("cannot read the JSON: " + e.getMessage());
    }
  }

  private static boolean readObject(
      JsonParser p, Set<String> arrayNames, List<Located> records, int depth) throws IOException {
    boolean found = false;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken value = p.nextToken();
      if (value == JsonToken.START_ARRAY && arrayNames.contains(name)) {
        readArray(p, records);
        found = true;
      } else if (value == JsonToken.START_OBJECT && name.equals("data") && depth == 0) {
        found |= readObject(p, arrayNames, records, depth + 1);
      } else {
        p.skipChildren();
      }
    }
    return found;
  }

  private static void readArray(JsonParser p, List<Located> records) throws IOException {
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      int line = p.currentTokenLocation().getLineNr();
      if (t != JsonToken.START_OBJECT) {
        throw ProbeException.invalid("line " + line + ": expected a score object, found " + t);
      }
      records.add(new Located(line, MAPPER.readTree(p)));
    }
  }

  /** A field as text: numbers in their exact decimal form, null and absent as "". */
  static String text(JsonNode node, String name) {
    JsonNode v = node.get(name);
    if (v == null || v.isNull()) {
      return "";
    }
    return v.isNumber() ? v.decimalValue().toPlainString() : v.asText();
  }

  static String required(Located record, String name) {
    String v = text(record.node(), name);
    if (v.isEmpty()) {
      throw ProbeException.invalid(
          "line "
              + record.line()
              + ": the score has no '"
              + name
              + "' (is this the right format?)");
    }
    return v;
  }
}
