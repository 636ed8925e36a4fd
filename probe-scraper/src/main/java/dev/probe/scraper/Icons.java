package dev.probe.scraper;

import org.jsoup.nodes.Element;

/**
 * Icon file names: {@code …/img/playlog/sync.png?ver=1.50} is {@code sync}. The {@code ?ver=}
 * changes with every game version and is missing on some icons, so only the name counts.
 */
final class Icons {

  private Icons() {}

  /** The icon's name, or "" when the element has no {@code .png} source. */
  static String name(Element img) {
    return nameOfSrc(img.attr("src"));
  }

  static String nameOfSrc(String src) {
    int end = src.length();
    int q = src.indexOf('?');
    if (q >= 0) {
      end = q;
    }
    int hash = src.indexOf('#');
    if (hash >= 0 && hash < end) {
      end = hash;
    }
    int slash = src.lastIndexOf('/', end - 1);
    String file = src.substring(slash + 1, end);
    if (!file.endsWith(".png") || file.length() == 4) {
      return "";
    }
    return file.substring(0, file.length() - 4);
  }

  /** The folder just above the file ({@code playlog}, {@code Music}, {@code Icon}); "" if none. */
  static String folder(Element img) {
    String src = img.attr("src");
    int q = src.indexOf('?');
    String path = q >= 0 ? src.substring(0, q) : src;
    int slash = path.lastIndexOf('/');
    if (slash <= 0) {
      return "";
    }
    int before = path.lastIndexOf('/', slash - 1);
    return path.substring(before + 1, slash);
  }

  /** Names of every {@code img} directly or indirectly inside {@code e}, in document order. */
  static java.util.List<String> namesIn(Element e) {
    java.util.List<String> names = new java.util.ArrayList<>();
    for (Element img : e.getElementsByTag("img")) {
      names.add(name(img));
    }
    return names;
  }
}
