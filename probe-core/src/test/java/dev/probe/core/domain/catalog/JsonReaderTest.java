package dev.probe.core.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.probe.core.domain.ProbeException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonReaderTest {

  private static JsonNode read(String json) {
    return JsonReader.read("test.json", json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsEveryKindOfValueKeepingOrderAndPositions() {
    JsonNode root =
        read("{\"a\": [1, -2.50, 3e2, true, false, null],\n  \"b\": {\"c\": \"\\u3000\\n\\\"é\"}}");
    Map<String, JsonNode> o = root.object();
    assertThat(o.keySet()).containsExactly("a", "b");
    List<JsonNode> a = o.get("a").array();
    assertThat(a.get(0).number()).isEqualTo(new BigDecimal("1"));
    assertThat(a.get(1).number()).isEqualTo(new BigDecimal("-2.50"));
    assertThat(a.get(2).number()).isEqualByComparingTo("300");
    assertThat(a.get(3).bool()).isTrue();
    assertThat(a.get(5).isNull()).isTrue();
    JsonNode c = o.get("b").get("c");
    assertThat(c.string()).isEqualTo("\u3000\n\"é");
    assertThat(c.line()).isEqualTo(2);
    assertThat(c.column()).isEqualTo(14);
  }

  @Test
  void aByteOrderMarkIsSkipped() {
    assertThat(read("\uFEFF[1]").array()).hasSize(1);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "[1,]|line 1, column 4: unexpected ']'",
        "{\"a\":1,}|line 1, column 8: expected a member name",
        "{\"a\":1 \"b\":2}|line 1, column 8: expected '}' but found '\"'",
        "[01]|line 1, column 3: a number may not start with 0",
        "[1.]|line 1, column 4: a decimal point must be followed by digits",
        "[NaN]|line 1, column 2: unexpected 'N'",
        "{\"a\":1,\"a\":2}|line 1, column 8: duplicate key \"a\"",
        "[1] [2]|line 1, column 5: unexpected '[' after the end",
        "[\"\\x\"]|line 1, column 3: unknown escape \\x",
        "[\"\\u12\"]|line 1, column 3: \\u needs four hexadecimal digits",
        "[\"open|line 1, column 7: a string is not closed",
        "// comment|line 1, column 1: unexpected '/'"
      })
  void malformedJsonIsInvalidInputWithLineAndColumn(String json, String message) {
    assertThatThrownBy(() -> read(json))
        .isInstanceOf(ProbeException.class)
        .hasMessageContaining("test.json, " + message)
        .extracting(e -> ((ProbeException) e).kind())
        .isEqualTo(ProbeException.Kind.INVALID_INPUT);
  }

  @Test
  void errorsOnLaterLinesCountLinesAndColumns() {
    assertThatThrownBy(() -> read("[1,\n  2,\n  oops]"))
        .hasMessage("test.json, line 3, column 3: unexpected 'o' where a value should be");
    assertThatThrownBy(() -> read(""))
        .hasMessage("test.json, line 1, column 1: the document ends where a value should be");
    assertThatThrownBy(() -> read("[1,\r\n2"))
        .hasMessage("test.json, line 2, column 2: the document ends where ']' should be");
  }

  @Test
  void aRawControlCharacterInAStringIsRejected() {
    assertThatThrownBy(() -> read("[\"a\tb\"]"))
        .hasMessageContaining("line 1, column 4: a control character must be escaped");
  }

  @Test
  void bytesThatAreNotUtf8AreRejected() {
    assertThatThrownBy(
            () -> JsonReader.read("x.json", new byte[] {'[', '"', (byte) 0xff, '"', ']'}))
        .isInstanceOf(ProbeException.class)
        .hasMessage("x.json is not UTF-8 text");
  }

  @Test
  void absurdNestingIsRefusedInsteadOfOverflowingTheStack() {
    assertThatThrownBy(() -> read("[".repeat(5000)))
        .hasMessageContaining("nested deeper than 200 levels");
  }

  @Test
  void shapeErrorsPointAtTheValue() {
    JsonNode root = read("{\n  \"ds\": \"12.3\"\n}");
    assertThatThrownBy(() -> root.get("ds").number())
        .hasMessage("test.json, line 2, column 9: expected a number, found a string");
    assertThatThrownBy(() -> root.get("level"))
        .hasMessage("test.json, line 1, column 1: the object has no \"level\"");
  }
}
