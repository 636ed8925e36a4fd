package dev.probe.scraper;

import dev.probe.scraper.MarkupCursor.Decline;
import dev.probe.scraper.StrictTags.Rule;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * Builds the jsoup tree of a page whose markup is plain and well-formed, two to three times faster
 * than jsoup's HTML5 tree builder, or declines (returns null) and leaves the page to it.
 *
 * <p>NET pages are generated markup: tags closed in order, attributes quoted. For such markup the
 * HTML5 algorithm has nothing to repair, so a plain stack of open elements builds the same tree.
 * Wherever the algorithm would do more than that (an end tag that closes something other than the
 * current element, implied ends, text or tags where a table moves them, forms in forms, unusual
 * tokens) this builder declines, so the page gets jsoup's own parse. {@code StrictHtmlTest} holds
 * the two trees equal node for node on every test page and on thousands of damaged ones.
 */
final class StrictHtml {

  private static final Rule TBODY = StrictTags.of("tbody");

  /**
   * What an inline image may hold for the builder to hand it on: shapes only. An HTML tag inside
   * SVG breaks out of it, and a {@code <title>} or {@code <foreignObject>} holds HTML.
   */
  private static final Set<String> SVG_SHAPES =
      Set.of(
          "path",
          "g",
          "circle",
          "rect",
          "line",
          "polyline",
          "polygon",
          "ellipse",
          "defs",
          "use",
          "lineargradient",
          "radialgradient",
          "stop",
          "clippath",
          "mask",
          "symbol");

  private final MarkupCursor in;
  private final String baseUri;
  private final OpenElements open = new OpenElements();

  private StrictHtml(String html, char[] chars, String baseUri) {
    this.in = new MarkupCursor(html, chars);
    this.baseUri = baseUri;
  }

  /** The tree {@code Jsoup.parse(html, baseUri)} gives, or null to leave the page to jsoup. */
  static Document parse(String html, String baseUri) {
    return parse(html, html.toCharArray(), baseUri);
  }

  /** As {@link #parse(String, String)}, given the page's characters as an array too. */
  static Document parse(String html, char[] chars, String baseUri) {
    if (html.indexOf('\0') >= 0) {
      return null; // the tokeniser's NUL handling
    }
    try {
      return new StrictHtml(html, chars, baseUri).document();
    } catch (Decline e) {
      return null;
    }
  }

  /**
   * The document's frame: jsoup drops whitespace before the doctype and keeps all later whitespace
   * where it stands (between {@code <html>}, {@code <head>} and {@code <body>}, after them).
   */
  private Document document() {
    Document doc = new Document(baseUri);
    doc.parser(Parser.htmlParser());
    in.space();
    while (in.startsWith("<!--")) {
      doc.appendChild(new Comment(in.comment()));
      in.space();
    }
    if (!in.startsWithIgnoreCase("<!DOCTYPE html>")) {
      throw Decline.INSTANCE;
    }
    in.pos += "<!DOCTYPE html>".length();
    doc.appendChild(new DocumentType("html", "", ""));
    doc.quirksMode(Document.QuirksMode.noQuirks);
    space(doc);
    Element root = frame(doc, "html");
    space(root);
    children(frame(root, "head"), StrictTags.HEAD);
    space(root);
    children(frame(root, "body"), StrictTags.BODY);
    space(root);
    if (!in.startsWithIgnoreCase("</html>")) {
      throw Decline.INSTANCE;
    }
    in.pos += "</html>".length();
    space(doc);
    if (in.pos != in.end) {
      throw Decline.INSTANCE;
    }
    return doc;
  }

  private Element frame(Element parent, String name) {
    if (!in.startsWith("<")) {
      throw Decline.INSTANCE;
    }
    in.startTag();
    if (!in.tagName.equals(name) || in.selfClosing) {
      throw Decline.INSTANCE;
    }
    Element e = new Element(StrictTags.of(name).tag(), null, in.attributes);
    parent.appendChild(e);
    return e;
  }

  private void space(Element parent) {
    String space = in.space();
    if (space != null) {
      parent.appendChild(new TextNode(space));
    }
  }

  /** The content of {@code parent} up to and including its end tag. */
  private void children(Element parent, int allowed) {
    open.push(parent, StrictTags.of(parent.normalName()));
    int depth = open.size();
    String html = in.html;
    while (open.size() >= depth) {
      int lt = html.indexOf('<', in.pos);
      if (lt < 0) {
        throw Decline.INSTANCE;
      }
      if (lt > in.pos) {
        text(in.text(lt), allowed);
      }
      char next = lt + 1 < in.end ? html.charAt(lt + 1) : 0;
      if (next == '/') {
        endTag();
      } else if (next == '!') {
        if (!in.startsWith("<!--")) {
          throw Decline.INSTANCE;
        }
        open.current().appendChild(new Comment(in.comment()));
      } else if (MarkupCursor.isAsciiLetter(next)) {
        startTag(allowed);
      } else {
        throw Decline.INSTANCE;
      }
    }
  }

  /** One node per run of text, even next to another: jsoup does not join them across tags. */
  private void text(String text, int allowed) {
    boolean onlySpace =
        allowed == StrictTags.HEAD || open.currentRule().is(StrictTags.TABLE_CONTEXT);
    if (onlySpace && !isBlank(text)) {
      throw Decline.INSTANCE; // text ends <head>, and is moved out of a table
    }
    open.current().appendChild(new TextNode(text));
  }

  private void startTag(int allowed) {
    int start = in.pos;
    in.startTag();
    String name = in.tagName;
    if (allowed == StrictTags.BODY && name.equals("svg")) {
      in.pos = start;
      svg();
      return;
    }
    Rule rule = StrictTags.of(name);
    if (rule == null) {
      throw Decline.INSTANCE;
    }
    String parent = open.current().normalName();
    if (open.currentRule().is(StrictTags.TABLE_CONTEXT) && !rule.is(StrictTags.DATA)) {
      tablePart(parent, name);
    } else if (inSelect()) {
      if (!parent.equals("select") || !name.equals("option")) {
        throw Decline.INSTANCE; // only options, each closed, are kept as written
      }
    } else if (!rule.is(allowed)
        || (rule.slot() != StrictTags.NO_SLOT && open.anyIn(rule.slot()))
        || (open.anyIn(StrictTags.P_SLOT) && !rule.is(StrictTags.PHRASING))) {
      throw Decline.INSTANCE;
    }
    insert(rule);
  }

  /**
   * A row group in a table, a row in a table or row group (in a table, inside an implied {@code
   * <tbody>}, as the table model adds one), a cell in a row. Nothing else.
   */
  private void tablePart(String parent, String name) {
    boolean inTable = parent.equals("table");
    boolean inRow = parent.equals("tr");
    boolean inRowGroup = !inTable && !inRow;
    boolean rowGroup = name.equals("tbody") || name.equals("thead") || name.equals("tfoot");
    boolean row = name.equals("tr");
    boolean cell = name.equals("td") || name.equals("th");
    if (inTable && row) {
      Element tbody = new Element(TBODY.tag(), null, null);
      open.current().appendChild(tbody);
      open.push(tbody, TBODY);
    } else if (!(inTable && rowGroup) && !(inRowGroup && row) && !(inRow && cell)) {
      throw Decline.INSTANCE;
    }
  }

  private void insert(Rule rule) {
    Element e =
        in.tagName.equals("form")
            ? new FormElement(rule.tag(), null, in.attributes)
            : new Element(rule.tag(), null, in.attributes);
    open.current().appendChild(e);
    if (rule.is(StrictTags.FORM_CONTROL)) {
      open.controlCreated(e);
    }
    if (rule.is(StrictTags.VOID)) {
      return;
    }
    if (in.selfClosing) {
      throw Decline.INSTANCE; // "<div/>" opens a div in HTML
    }
    if (rule.is(StrictTags.DATA) || rule.is(StrictTags.RCDATA)) {
      String content = in.rawContent(in.tagName);
      if (!content.isEmpty()) { // no token, no node
        e.appendChild(
            rule.is(StrictTags.DATA)
                ? new DataNode(content)
                : new TextNode(Parser.unescapeEntities(content, false)));
      }
    } else {
      open.push(e, rule);
    }
  }

  /**
   * An end tag closes the current element ({@code </table>} also closes a row group left open
   * inside it, as the table model does). One that names no open element is ignored, as HTML does
   * (NET's footer has a stray "&lt;/a&gt;"); {@code </p>} and {@code </br>} are not, since they
   * create elements. Any other end tag would make the tree builder close or reparent elements:
   * decline.
   */
  private void endTag() {
    String name = in.endTag();
    String top = open.current().normalName();
    if (name.equals(top)) {
      open.pop();
      return;
    }
    if (name.equals("table")
        && (top.equals("tbody") || top.equals("thead") || top.equals("tfoot"))
        && open.parent().normalName().equals("table")) {
      open.pop();
      open.pop();
      return;
    }
    Rule rule = StrictTags.of(name);
    if (rule == null
        || !rule.is(StrictTags.BODY)
        || name.equals("p")
        || name.equals("br")
        || open.contains(name)
        || (rule.slot() != StrictTags.NO_SLOT && open.anyIn(rule.slot()))) {
      throw Decline.INSTANCE; // "</h1>" closes an open <h2>, for one
    }
  }

  /**
   * An inline SVG image (NET draws its wavy borders with them) is foreign content, whose names and
   * attributes the tree builder adjusts, so jsoup parses it, as a fragment in its place.
   */
  private void svg() {
    int close = in.html.indexOf("</svg>", in.pos);
    if (close < 0
        || !in.onlyTagsIn(SVG_SHAPES, in.pos + 1, close)
        || open.anyIn(StrictTags.P_SLOT)
        || open.currentRule().is(StrictTags.TABLE_CONTEXT)
        || inSelect()) {
      throw Decline.INSTANCE;
    }
    Element parent = open.current();
    List<Node> nodes = Parser.parseFragment(in.html.substring(in.pos, close + 6), parent, baseUri);
    for (Node node : nodes.toArray(new Node[0])) {
      parent.appendChild(node);
    }
    in.pos = close + 6;
  }

  private boolean inSelect() {
    String current = open.current().normalName();
    return current.equals("select") || current.equals("option");
  }

  private static boolean isBlank(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Texts.isAsciiSpace(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
