package dev.probe.scraper;

import java.util.HashMap;
import java.util.Map;
import org.jsoup.parser.ParseSettings;
import org.jsoup.parser.Parser;
import org.jsoup.parser.Tag;

/**
 * The tags {@link StrictHtml} builds itself, and what the HTML5 tree builder would do with each
 * when the markup nests properly. A tag not listed here (embedded content, option groups, text
 * areas, …) makes it decline.
 */
final class StrictTags {

  /** May appear in {@code <head>}. */
  static final int HEAD = 1;

  /** May appear in {@code <body>}. */
  static final int BODY = 1 << 1;

  /** Has no content and no end tag. */
  static final int VOID = 1 << 2;

  /** May sit inside an open {@code <p>} without closing it. */
  static final int PHRASING = 1 << 3;

  /** Its content is raw data up to its end tag ({@code <script>}, {@code <style>}). */
  static final int DATA = 1 << 4;

  /** Its content is text up to its end tag, entities decoded ({@code <title>}). */
  static final int RCDATA = 1 << 5;

  /** A control that jsoup adds to the form element it sits in. */
  static final int FORM_CONTROL = 1 << 6;

  /** A table's row group, row or cell: only where the table model puts it. */
  static final int TABLE_PART = 1 << 7;

  /** Text and tags that are not table parts are moved out of it ("foster parenting"). */
  static final int TABLE_CONTEXT = 1 << 8;

  /**
   * What the tree builder treats specially when one is already open ({@code <a>} in {@code <a>},
   * {@code <p>} in {@code <p>}, nested forms, buttons, list items, headings): each has a slot whose
   * open count the builder keeps, and a second one makes it decline.
   */
  static final int SLOTS = 6;

  static final int NO_SLOT = -1;
  static final int P_SLOT = 0;

  record Rule(Tag tag, int flags, int slot) {
    boolean is(int flag) {
      return (flags & flag) != 0;
    }
  }

  private static final Map<String, Rule> RULES = new HashMap<>();

  static {
    int inline = BODY | PHRASING;
    rule("html", 0, NO_SLOT);
    rule("head", 0, NO_SLOT);
    rule("body", 0, NO_SLOT);
    rule("meta", HEAD | VOID, NO_SLOT);
    rule("link", HEAD | VOID, NO_SLOT);
    rule("title", HEAD | RCDATA, NO_SLOT);
    rule("script", HEAD | BODY | PHRASING | DATA, NO_SLOT);
    rule("style", HEAD | BODY | PHRASING | DATA, NO_SLOT);
    for (String block :
        new String[] {
          "div", "header", "footer", "nav", "section", "article", "aside", "main", "center", "ul",
          "ol"
        }) {
      rule(block, BODY, NO_SLOT);
    }
    for (String phrase :
        new String[] {"span", "label", "b", "i", "u", "s", "em", "strong", "small", "font"}) {
      rule(phrase, inline, NO_SLOT);
    }
    rule("img", inline | VOID, NO_SLOT);
    rule("br", inline | VOID, NO_SLOT);
    rule("input", inline | VOID | FORM_CONTROL, NO_SLOT);
    rule("hr", BODY | VOID, NO_SLOT);
    rule("table", BODY | TABLE_CONTEXT, NO_SLOT);
    for (String group : new String[] {"tbody", "thead", "tfoot"}) {
      rule(group, TABLE_PART | TABLE_CONTEXT, NO_SLOT);
    }
    rule("tr", TABLE_PART | TABLE_CONTEXT, NO_SLOT);
    rule("td", TABLE_PART, NO_SLOT);
    rule("th", TABLE_PART, NO_SLOT);
    rule("select", BODY | FORM_CONTROL, NO_SLOT);
    rule("option", 0, NO_SLOT);
    rule("p", BODY, P_SLOT);
    rule("a", inline, 1);
    rule("button", inline | FORM_CONTROL, 2);
    rule("form", BODY, 3);
    rule("li", BODY, 4);
    for (int level = 1; level <= 6; level++) {
      rule("h" + level, BODY, 5);
    }
  }

  private StrictTags() {}

  private static void rule(String name, int flags, int slot) {
    RULES.put(
        name,
        new Rule(Tag.valueOf(name, Parser.NamespaceHtml, ParseSettings.htmlDefault), flags, slot));
  }

  /** The rule for a lower-case tag name, or null when the tag is left to jsoup. */
  static Rule of(String name) {
    return RULES.get(name);
  }
}
