package dev.probe.scraper;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Random;

/**
 * Random body markup for {@code StrictHtmlTest}: mostly well nested, sometimes not, from tags the
 * strict builder knows and some it does not, with quoted, unquoted, valueless and duplicate
 * attributes, entities, comments, stray end tags, tables, selects and SVG.
 */
final class RandomMarkup {

  private static final String[] TAGS = {
    "div",
    "div",
    "div",
    "span",
    "span",
    "a",
    "img",
    "form",
    "input",
    "button",
    "br",
    "p",
    "li",
    "ul",
    "h1",
    "h2",
    "b",
    "i",
    "table",
    "tbody",
    "tr",
    "td",
    "th",
    "select",
    "option",
    "script",
    "style",
    "title",
    "header",
    "footer",
    "nav",
    "label",
    "hr",
    "textarea",
    "dl",
    "dd",
    "svg",
    "font",
    "em",
    "center",
    "DIV",
    "Span"
  };
  private static final String[] TEXTS = {
    "x",
    " ",
    "\n\t",
    "曲目 04",
    "&amp;",
    "&copy",
    "&lt;b&gt;",
    "a < b",
    "―",
    "\u3000",
    "&#039;",
    "\r\n",
    "99.5%",
    "&notanentity;",
    "1,234 / 2,000"
  };
  private static final String[] ATTRIBUTES = {
    " class=\"a b\"",
    " class='c'",
    " src=\"https://x/img/a.png?ver=1\"",
    " href=\"?a=1&amp;b=2\"",
    " href=\"?a=1&copy=2\"",
    " selected",
    " class=unquoted",
    " id=\"x\" id=\"y\"",
    " CLASS=\"Up\"",
    " data-x=\"&lt;\"",
    " type=\"hidden\"",
    " name=\"idx\" value=\"1,2\"",
    "/",
    " a=\"1\"b=\"2\""
  };

  private RandomMarkup() {}

  static String body(Random random) {
    StringBuilder out = new StringBuilder();
    Deque<String> open = new ArrayDeque<>();
    int tokens = 1 + random.nextInt(40);
    for (int t = 0; t < tokens; t++) {
      int kind = random.nextInt(10);
      if (kind < 4) {
        String tag = TAGS[random.nextInt(TAGS.length)];
        out.append('<').append(tag);
        for (int a = random.nextInt(3); a > 0; a--) {
          out.append(ATTRIBUTES[random.nextInt(ATTRIBUTES.length)]);
        }
        out.append(random.nextInt(8) == 0 ? "/>" : ">");
        open.push(tag);
      } else if (kind < 7 && !open.isEmpty()) {
        // mostly the right end tag, sometimes another
        String tag = random.nextInt(6) == 0 ? TAGS[random.nextInt(TAGS.length)] : open.pop();
        out.append("</").append(tag).append(random.nextInt(10) == 0 ? " >" : ">");
      } else if (kind < 9) {
        out.append(TEXTS[random.nextInt(TEXTS.length)]);
      } else {
        out.append(
            random.nextBoolean()
                ? "<!-- c -->"
                : "<svg viewBox=\"0 0 1 1\"><path d=\"M0\"/></svg>");
      }
    }
    while (!open.isEmpty() && random.nextInt(5) != 0) {
      out.append("</").append(open.pop()).append('>');
    }
    return out.toString();
  }
}
