package dev.probe.scraper;

/**
 * SYNTHETIC: the shell every NET page shares (MAIMAI-NET-PAGES §3), written from the document, not
 * copied from a saved page: {@code <title>} with U+FF0D dashes, {@code div.wrapper.main_wrapper},
 * an empty header, the title image, the body and a footer.
 */
final class SyntheticShell {

  private SyntheticShell() {}

  static String host(String lang) {
    switch (lang) {
      case "zh":
        return "https://maimai.wahlap.com/maimai-mobile/";
      case "ja":
        return "https://maimaidx.jp/maimai-mobile/";
      default:
        return "https://maimaidx-eng.com/maimai-mobile/";
    }
  }

  static String page(String lang, String title, String titleImage, String body) {
    String base = host(lang);
    String image =
        titleImage.isEmpty()
            ? ""
            : "<img src=\"" + base + "img/" + titleImage + ".png\" class=\"title m_10\"/>\n";
    String siteName = lang.equals("zh") ? "舞萌DX" : "maimai DX NET";
    return "<!DOCTYPE html>\n<html lang=\""
        + lang
        + "\">\n<head>\n<meta charset=\"UTF-8\" />\n<title>"
        + siteName
        + "－"
        + title
        + "－</title>\n</head>\n<body>\n<div class=\"wrapper main_wrapper t_c\">\n<header class=\"f_0\"></header>\n"
        + image
        + body
        + "\n<footer class=\"f_0\"><div class=\"footer_marquee\"></div></footer>\n</div>\n</body>\n</html>\n";
  }
}
