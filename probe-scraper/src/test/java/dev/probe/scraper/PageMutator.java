package dev.probe.scraper;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Damages a page the ways saved or fetched pages get damaged. Deterministic for a given Random. */
final class PageMutator {

  enum Mutation {
    TRUNCATE,
    REMOVE_ELEMENT,
    SHUFFLE_CHILDREN,
    DUPLICATE_ELEMENT,
    GARBLE_ATTRIBUTE,
    WRONG_ENCODING,
    EMPTY_OR_BLANK,
    HUGE
  }

  private static final String JUNK = "~#%\"<>&é\u3000 \t?=/.,";
  private static final String[] CHARSETS = {
    "GBK", "Shift_JIS", "UTF-16LE", "UTF-16BE", "ISO-8859-1", "EUC-JP", "windows-1252"
  };

  private final Random random;
  private final java.util.Map<String, Document> parsed = new java.util.HashMap<>();

  PageMutator(Random random) {
    this.random = random;
  }

  byte[] mutate(String html, Mutation mutation) {
    switch (mutation) {
      case TRUNCATE:
        return utf8(html.substring(0, random.nextInt(html.length())));
      case REMOVE_ELEMENT:
        return onDom(html, e -> e.remove());
      case SHUFFLE_CHILDREN:
        return onDom(html, this::shuffle);
      case DUPLICATE_ELEMENT:
        return onDom(html, e -> e.after(e.clone()));
      case GARBLE_ATTRIBUTE:
        return onDom(html, this::garble);
      case WRONG_ENCODING:
        return wrongEncoding(html);
      case EMPTY_OR_BLANK:
        return utf8(random.nextBoolean() ? "" : " \n\t\r\n ".substring(random.nextInt(5)));
      case HUGE:
        return huge(html);
      default:
        throw new IllegalStateException();
    }
  }

  private byte[] onDom(String html, java.util.function.Consumer<Element> change) {
    Document doc = parsed.computeIfAbsent(html, Jsoup::parse).clone();
    doc.outputSettings().prettyPrint(false);
    List<Element> all = doc.getAllElements();
    Element target = all.get(1 + random.nextInt(all.size() - 1));
    change.accept(target);
    return utf8(doc.outerHtml());
  }

  private void shuffle(Element e) {
    List<Element> children = new ArrayList<>(e.children());
    if (children.size() < 2) {
      Element parent = e.parent();
      if (parent == null) {
        return;
      }
      children = new ArrayList<>(parent.children());
      e = parent;
    }
    Collections.shuffle(children, random);
    for (Element child : children) {
      child.remove();
    }
    e.appendChildren(children);
  }

  /** A junk character inserted or substituted, the value emptied, or replaced by junk. */
  private void garble(Element e) {
    List<Attribute> attributes = e.attributes().asList();
    if (attributes.isEmpty()) {
      e.attr("class", junk(3));
      return;
    }
    Attribute a = attributes.get(random.nextInt(attributes.size()));
    String v = a.getValue();
    int at = v.isEmpty() ? 0 : random.nextInt(v.length());
    String garbled;
    switch (random.nextInt(4)) {
      case 0:
        garbled = v.substring(0, at) + junk(1) + v.substring(at);
        break;
      case 1:
        garbled = v.isEmpty() ? junk(1) : v.substring(0, at) + junk(1) + v.substring(at + 1);
        break;
      case 2:
        garbled = "";
        break;
      default:
        garbled = junk(1 + random.nextInt(12));
    }
    e.attr(a.getKey(), garbled);
  }

  private String junk(int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(JUNK.charAt(random.nextInt(JUNK.length())));
    }
    return sb.toString();
  }

  private byte[] wrongEncoding(String html) {
    String name = CHARSETS[random.nextInt(CHARSETS.length)];
    if (name.equals("windows-1252") && random.nextBoolean()) {
      // UTF-8 bytes read as cp1252 and saved again as UTF-8 (mojibake).
      return utf8(new String(utf8(html), Charset.forName(name)));
    }
    return html.getBytes(Charset.forName(name));
  }

  /**
   * Over the size limit (rarely: each costs 100 MB of copying), many times the body, deep nesting.
   */
  private byte[] huge(String html) {
    switch (random.nextInt(20) == 0 ? 0 : 1 + random.nextInt(2)) {
      case 0:
        byte[] big = new byte[PageText.MAX_BYTES + 1 + random.nextInt(1024)];
        java.util.Arrays.fill(big, (byte) 'a');
        return big;
      case 1:
        int wrapper = html.indexOf("<div class=\"wrapper main_wrapper");
        int footer = html.lastIndexOf("<footer");
        if (wrapper < 0 || footer < wrapper) {
          return utf8(html.repeat(20));
        }
        String body = html.substring(wrapper, footer);
        return utf8(html.substring(0, footer) + body.repeat(3) + html.substring(footer));
      default:
        return utf8(
            html.replace("<footer", "<div>".repeat(300) + "x" + "</div>".repeat(300) + "<footer"));
    }
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
