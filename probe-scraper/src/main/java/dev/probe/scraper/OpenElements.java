package dev.probe.scraper;

import dev.probe.scraper.StrictTags.Rule;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;
import org.jsoup.parser.Parser;

/**
 * {@link StrictHtml}'s stack of open elements, with each one's rule, how many of each special tag
 * are open, and the open form (which collects its controls, as jsoup's tree builder does).
 */
final class OpenElements {

  /**
   * Beyond jsoup's maximum depth (512) its tree builder stops nesting; a page that comes near it
   * (NET pages nest about twenty deep) is left to jsoup.
   */
  private static final int MAX_DEPTH = Parser.htmlParser().getMaxDepth() - 16;

  private final List<Element> elements = new ArrayList<>();
  private final List<Rule> rules = new ArrayList<>();
  private final int[] slots = new int[StrictTags.SLOTS];
  private FormElement form;

  void push(Element e, Rule rule) {
    if (elements.size() >= MAX_DEPTH) {
      throw MarkupCursor.Decline.INSTANCE;
    }
    elements.add(e);
    rules.add(rule);
    if (rule.slot() != StrictTags.NO_SLOT) {
      slots[rule.slot()]++;
    }
    if (e instanceof FormElement) {
      form = (FormElement) e;
    }
  }

  void pop() {
    Element e = elements.remove(elements.size() - 1);
    Rule rule = rules.remove(rules.size() - 1);
    if (rule.slot() != StrictTags.NO_SLOT) {
      slots[rule.slot()]--;
    }
    if (e == form) {
      form = null;
    }
  }

  int size() {
    return elements.size();
  }

  Element current() {
    return elements.get(elements.size() - 1);
  }

  Rule currentRule() {
    return rules.get(rules.size() - 1);
  }

  /** The element below the current one. */
  Element parent() {
    return elements.get(elements.size() - 2);
  }

  boolean anyIn(int slot) {
    return slots[slot] > 0;
  }

  boolean contains(String name) {
    for (Element e : elements) {
      if (e.normalName().equals(name)) {
        return true;
      }
    }
    return false;
  }

  /** Adds a control to the open form, if any. */
  void controlCreated(Element control) {
    if (form != null) {
      form.addElement(control);
    }
  }
}
