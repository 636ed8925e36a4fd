package dev.probe.web;

import java.util.List;

/**
 * What the layout needs around every page: words, links under the base path, asset URLs, the CSRF
 * token, the navigation and the player selector.
 *
 * @param texts the chosen language
 * @param origin scheme, host, base path
 * @param assets fingerprinted files
 * @param title the page title (already in the chosen language)
 * @param path the app-relative path of this page (for the language switch)
 * @param query this page's query string without {@code lang} ("" or {@code a=b&…})
 * @param csrfToken for forms and scripts ("" when not signed in by cookie)
 * @param owner whether the viewer holds the token
 * @param players the players to choose from
 * @param player the chosen player ("" when the archive has none)
 */
record Frame(
    Texts texts,
    Origin origin,
    StaticAssets assets,
    String title,
    String path,
    String query,
    String csrfToken,
    boolean owner,
    List<String> players,
    String player) {

  /** A navigation entry. */
  record Nav(String href, String label, boolean active) {}

  private static final String[][] NAV = {
    {"/", "nav.dashboard"},
    {"/plays", "nav.plays"},
    {"/diffs", "nav.diffs"},
    {"/charts", "nav.charts"},
    {"/rating", "nav.rating"},
    {"/profile", "nav.profile"},
    {"/album", "nav.album"},
    {"/sync", "nav.sync"},
    {"/settings", "nav.settings"}
  };

  Frame {
    players = List.copyOf(players);
  }

  String t(String key) {
    return texts.get(key);
  }

  String lang() {
    return texts.lang();
  }

  String link(String appPath) {
    return origin.link(appPath);
  }

  String asset(String name) {
    return origin.link(assets.path(name));
  }

  /** This page in the other language. */
  String switchLink() {
    return origin.link(path) + "?" + (query.isEmpty() ? "" : query + "&") + "lang=" + texts.other();
  }

  String otherLangLabel() {
    return texts.other().equals("zh") ? "中文" : "English";
  }

  List<Nav> nav() {
    List<Nav> out = new java.util.ArrayList<>();
    for (String[] n : NAV) {
      boolean active = n[0].equals("/") ? path.equals("/") : path.startsWith(n[0]);
      out.add(new Nav(origin.link(n[0]), texts.get(n[1]), active));
    }
    return out;
  }
}
