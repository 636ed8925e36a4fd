package dev.probe.scraper;

import org.jsoup.nodes.Element;

/**
 * Early-exit searches in document order over an element and its descendants, without building the
 * lists and streams of jsoup's {@code getElementsBy…}: entries are searched a dozen times each.
 */
final class Scan {

  private Scan() {}

  /** The first of {@code root} and its descendants with class {@code cls}; null when none. */
  static Element firstWithClass(Element root, String cls) {
    for (Element e = root; e != null; e = next(root, e)) {
      if (e.hasClass(cls)) {
        return e;
      }
    }
    return null;
  }

  /** The first of {@code root} and its descendants with tag {@code tag}; null when none. */
  static Element firstTag(Element root, String tag) {
    for (Element e = root; e != null; e = next(root, e)) {
      if (e.nameIs(tag)) {
        return e;
      }
    }
    return null;
  }

  /** The first of {@code root} and its descendants that {@code test} accepts; null when none. */
  static Element first(Element root, java.util.function.Predicate<Element> test) {
    for (Element e = root; e != null; e = next(root, e)) {
      if (test.test(e)) {
        return e;
      }
    }
    return null;
  }

  /** The hidden {@code input[name=idx]} inside {@code root}; null when none. */
  static Element idxInput(Element root) {
    return first(root, e -> e.nameIs("input") && e.attr("name").equals("idx"));
  }

  /** Whether {@code e} is {@code scope} or inside it; false when there is no scope. */
  static boolean isWithin(Element e, Element scope) {
    for (Element at = e; at != null; at = at.parent()) {
      if (at == scope) {
        return true;
      }
    }
    return false;
  }

  /** The element after {@code e} in a pre-order walk of {@code root}'s subtree; null at the end. */
  static Element next(Element root, Element e) {
    Element child = e.firstElementChild();
    if (child != null) {
      return child;
    }
    for (Element at = e; at != root && at != null; at = at.parent()) {
      Element sibling = at.nextElementSibling();
      if (sibling != null) {
        return sibling;
      }
    }
    return null;
  }
}
