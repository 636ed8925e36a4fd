package dev.probe.scraper;

import static org.assertj.core.api.Assertions.assertThat;

import dev.probe.core.domain.ProbeException;
import dev.probe.core.domain.RawPage;
import dev.probe.core.domain.page.NetPage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link StrictHtml} builds exactly jsoup's tree or declines: checked node for node (type, name,
 * namespace, attributes in order, text, form controls) on every test page and on damaged copies.
 */
class StrictHtmlTest {

  private static final String BASE = "https://maimai.wahlap.com/maimai-mobile/record/";

  /** Every page kind, real and synthetic (one real page has CR LF line ends). */
  @Test
  void buildsJsoupsTreeForEveryTestPage() {
    for (FuzzCorpus.Page page : FuzzCorpus.all()) {
      Document strict = StrictHtml.parse(page.html(), BASE);
      assertThat(strict).as(page.name() + " is read by the strict builder").isNotNull();
      assertThat(dump(strict)).as(page.name()).isEqualTo(dump(Jsoup.parse(page.html(), BASE)));
    }
  }

  @Test
  void eitherDeclinesOrBuildsJsoupsTree() {
    List<String> differences = new ArrayList<>();
    int built = 0;
    int declined = 0;
    Random random = new Random(20261126L);
    PageMutator mutator = new PageMutator(random);
    PageMutator.Mutation[] mutations = PageMutator.Mutation.values();
    List<FuzzCorpus.Page> corpus = FuzzCorpus.all();
    for (int i = 0; i < corpus.size() * (mutations.length + 1) * 8; i++) {
      FuzzCorpus.Page source = corpus.get(i % corpus.size());
      int m = (i / corpus.size()) % (mutations.length + 1);
      String html =
          m == mutations.length
              ? source.html()
              : new String(mutator.mutate(source.html(), mutations[m]), StandardCharsets.UTF_8);
      Document strict = StrictHtml.parse(html, BASE);
      if (strict == null) {
        declined++;
        continue;
      }
      built++;
      String expected = dump(Jsoup.parse(html, BASE));
      String actual = dump(strict);
      if (!expected.equals(actual)) {
        differences.add(source.name() + " #" + i + ": " + firstDifference(expected, actual));
      }
    }
    System.out.printf("strict html: built %d, declined %d%n", built, declined);
    assertThat(differences).isEmpty();
    assertThat(built).isGreaterThan(declined / 4);
  }

  @Test
  void pagesReadTheSameWithEitherTree() {
    NetPageParser parser = new NetPageParser();
    NetPageParser plain = NetPageParser.withJsoupTreesOnly();
    int pages = 0;
    for (FuzzCorpus.Page page : FuzzCorpus.all()) {
      RawPage raw = Fixtures.page(page.url().toString(), page.html());
      Object expected = outcome(plain, raw);
      assertThat(outcome(parser, raw)).as(page.name()).isEqualTo(expected);
      pages += expected instanceof NetPage ? 1 : 0;
    }
    assertThat(pages).isGreaterThan(20);
  }

  private static Object outcome(NetPageParser parser, RawPage page) {
    try {
      return parser.parse(page);
    } catch (ProbeException e) {
      return e.kind() + ": " + e.getMessage();
    }
  }

  /**
   * Random markup from a vocabulary of tags the builder knows and tags it does not, well nested or
   * not, with odd attributes, entities and text: every document is either declined or built as
   * jsoup builds it.
   */
  @Test
  void randomMarkupIsDeclinedOrBuiltAsJsoupBuildsIt() {
    Random random = new Random(11);
    List<String> differences = new ArrayList<>();
    int built = 0;
    for (int i = 0; i < 40_000; i++) {
      String html = page(RandomMarkup.body(random));
      Document strict = StrictHtml.parse(html, BASE);
      if (strict == null) {
        continue;
      }
      built++;
      String expected = dump(Jsoup.parse(html, BASE));
      String actual = dump(strict);
      if (!expected.equals(actual) && differences.size() < 5) {
        differences.add(html + "\n" + firstDifference(expected, actual));
      }
    }
    System.out.printf("strict html: random markup, built %d of 40000%n", built);
    assertThat(differences).isEmpty();
    assertThat(built).isGreaterThan(2_500);
  }

  /** Markup that must be built, each case small enough to see what rule it is about. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "<div class=\"a b\" id='x'>text</div>",
        "<DIV CLASS=\"Up\">upper-case names</DIV>",
        "<div class=\"a\" class=\"b\">the first duplicate wins</div>",
        "<div title=\"&amp; &lt; &copy &notanentity;\">entities in a value</div>",
        "<a href=\"?a=1&copy=2&amp;b=3&lt=4\">legacy entities before '=' in a value</a>",
        "<span>&amp; &#039; &copy; &amp text</span>",
        "<div><img src=\"a\"/></a>stray end tag, then text</div>",
        "<div>before</span>after a stray end tag</div>",
        "<p>a <span>phrase</span> <img src=\"x\"> in a paragraph</p>",
        "<form action=\"/x\"><input type=\"hidden\" name=\"idx\" value=\"1\"/>"
            + "<button type=\"submit\"><img src=\"b\"/></button></form>",
        "<div><!-- a comment --><span>x</span><!----></div>",
        "<script>var a = 1 < 2 && 3 > 2;</script><style>a{b:c}</style>",
        "<div>\n\t<svg viewBox=\"0 0 1 1\"><path d=\"M0\"></path></svg>\n</div>",
        "<a href=\"/x\"><div>block in a link</div></a>",
        "<h1>heading</h1><ul><li>one</li><li>two</li></ul>",
        "<br/><hr/><br>",
        "<div\r\nclass=\"a\r\nb\">CR LF\r\nand a lone CR\r</div>\r\n",
        "<span class=\"v_b\"\n  >2026/01/09 18:21</span\n  >",
        "<table class=\"t\"><tr><th>h</th><td>gets a tbody</td></tr>\n</table>",
        "<table>\n<tbody><tr><td><div>x</div></td></tr></tbody>\n</table>",
        "<table><thead><tr><th>h</th></tr></thead><tbody><tr><td>a</td></tr></table>",
        "<table><tr><td><table><tr><td>nested</td></tr></table></td></tr></table>",
        "<table><!-- c --><script>x</script><tr><td>a</td></tr></table>",
        "<form><select name=\"genre\"><option value=\"99\">全部</option>"
            + "<option value=\"1\" selected>POPS</option></select></form>",
        "<input type=\"checkbox\" checked/><input disabled>",
      })
  void buildsPlainMarkup(String body) {
    String html = page(body);
    Document strict = StrictHtml.parse(html, BASE);
    assertThat(strict).as("built").isNotNull();
    assertThat(dump(strict)).isEqualTo(dump(Jsoup.parse(html, BASE)));
  }

  /** Markup where the HTML5 tree builder repairs, moves or adds nodes: left to jsoup. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "<div><span>misnested</div></span>",
        "<div>unclosed",
        "<p>paragraph<div>closes it</div>",
        "<a href=\"1\">a link<a href=\"2\">closes it</a></a>",
        "<form><form>nested forms</form></form>",
        "<table>text in a table moves out of it<tr><td>x</td></tr></table>",
        "<table><div>a div too</div></table>",
        "<table><td>a cell without a row</td></table>",
        "<table><tr><td>an unclosed cell</tr></table>",
        "<table><caption>c</caption></table>",
        "<p>closed by a table<table></table>",
        "<select><option>an unclosed option<option>b</option></select>",
        "<select><div>not an option</div></select>",
        "<select><svg></svg></select>",
        "<div class=unquoted>x</div>",
        "<div/>self-closed div",
        "<div>x</p></div>",
        "<div>x</br></div>",
        "<script>document.write(\"</div>\")</script>",
        "<title>in the body</title>",
        "<textarea>x</textarea>",
        "<div>a < b</div>",
        "<![CDATA[x]]>",
        "<li>one<li>two",
      })
  void declinesWhatTheTreeBuilderWouldRepair(String body) {
    String html = page(body);
    assertThat(StrictHtml.parse(html, BASE)).isNull();
  }

  /** jsoup stops nesting at a maximum depth: nesting near it is left to jsoup. */
  @Test
  void leavesDeepNestingToJsoup() {
    for (int depth : new int[] {20, 300, 490, 700}) {
      String html = page("<div>".repeat(depth) + "deep" + "</div>".repeat(depth));
      Document strict = StrictHtml.parse(html, BASE);
      assertThat(strict == null).as("declined at depth " + depth).isEqualTo(depth > 490);
      if (strict != null) {
        assertThat(dump(strict)).isEqualTo(dump(Jsoup.parse(html, BASE)));
      }
    }
  }

  @Test
  void declinesNulAndPagesOutsideTheUsualFrame() {
    assertThat(StrictHtml.parse(page("<div>\0</div>"), BASE)).isNull();
    assertThat(StrictHtml.parse("<html><body></body></html>", BASE)).as("no doctype").isNull();
    assertThat(StrictHtml.parse(page("").replace("</html>", ""), BASE)).as("no </html>").isNull();
  }

  @Test
  void keepsTheFramesWhitespaceWhereJsoupKeepsIt() {
    String html =
        "\n \n<!-- c -->\n<!DOCTYPE html>\n<html lang=\"en\">\n <head>\n<meta charset=\"UTF-8\">"
            + "\n<title>T &amp; U</title><!-- h -->\n</head>\n \n<body>\n<div>x</div>\n</body>\n"
            + " \n</html>\n\n";
    Document strict = StrictHtml.parse(html, BASE);
    assertThat(strict).isNotNull();
    assertThat(dump(strict)).isEqualTo(dump(Jsoup.parse(html, BASE)));
  }

  private static String page(String body) {
    return "<!DOCTYPE html>\n<html><head><title>t</title></head><body>" + body + "</body></html>";
  }

  private static String firstDifference(String expected, String actual) {
    int i = 0;
    while (i < expected.length() && i < actual.length() && expected.charAt(i) == actual.charAt(i)) {
      i++;
    }
    int from = Math.max(0, i - 200);
    return "jsoup: …"
        + expected.substring(from, Math.min(expected.length(), i + 200))
        + "\n strict: …"
        + actual.substring(from, Math.min(actual.length(), i + 200));
  }

  /** Every node with everything a parser can read of it, one per line, indented by depth. */
  static String dump(Document doc) {
    StringBuilder out = new StringBuilder();
    out.append(doc.quirksMode()).append(' ').append(doc.location()).append('\n');
    dump(doc, 0, out);
    return out.toString();
  }

  private static void dump(Node node, int depth, StringBuilder out) {
    out.append("  ".repeat(depth));
    if (node instanceof Element) {
      Element e = (Element) node;
      out.append('<').append(e.tag().getName()).append(' ').append(e.tag().namespace());
      out.append(" block=").append(e.tag().isBlock());
      out.append(" inline=").append(e.tag().isInline());
      out.append(" empty=").append(e.tag().isEmpty());
      out.append(" selfClosing=").append(e.tag().isSelfClosing());
      out.append(" known=").append(e.tag().isKnownTag());
      out.append(" pre=").append(e.tag().preserveWhitespace());
      out.append(" submittable=").append(e.tag().isFormSubmittable());
      for (Attribute a : e.attributes()) {
        out.append(' ').append(a.html());
      }
      if (e instanceof FormElement) {
        out.append(" controls=").append(((FormElement) e).elements().size());
      }
      out.append(" base=").append(e.baseUri());
    } else if (node instanceof TextNode) {
      out.append("#text[").append(((TextNode) node).getWholeText()).append(']');
    } else if (node instanceof DataNode) {
      out.append("#data[").append(((DataNode) node).getWholeData()).append(']');
    } else if (node instanceof Comment) {
      out.append("#comment[").append(((Comment) node).getData()).append(']');
    } else if (node instanceof DocumentType) {
      out.append("#doctype[").append(node.outerHtml()).append(']');
    } else if (!(node instanceof Document)) {
      out.append("#other ").append(node.getClass().getSimpleName()).append(node.outerHtml());
    }
    out.append('\n');
    for (Node child : node.childNodes()) {
      dump(child, depth + 1, out);
    }
  }
}
