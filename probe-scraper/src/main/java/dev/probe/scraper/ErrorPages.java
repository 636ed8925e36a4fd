package dev.probe.scraper;

import dev.probe.core.domain.ProbeException;
import dev.probe.core.domain.ProbeException.Kind;
import java.net.URI;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Pages that are answers instead of data (MAIMAI-NET-PAGES §2.4, §12): NET's error page, the logout
 * page, the SEGA/JP login pages a lost session lands on, and a firewall's JavaScript challenge.
 * There is no saved maintenance page anywhere, so none is guessed at: such a page stays
 * "unrecognised" and is kept.
 */
final class ErrorPages {

  /** CN tools treat both as "not logged in any more"; JP shows 100001 too. */
  private static final java.util.Set<String> SESSION_CODES = java.util.Set.of("200002", "100001");

  private static final Pattern CODE =
      Pattern.compile("(?:错误码|エラーコード|ERROR\\s*CODE)\\s*[：:]\\s*(\\d{3,8})");
  private static final String LOGIN_GATEWAY = "lng-tgk-aime-gw.am-all.net";

  private ErrorPages() {}

  /** Throws the page's error kind when it is one of these pages; returns normally otherwise. */
  static void check(PageCensus census, String text, URI url) {
    checkChallenge(census, text);
    checkLogin(census, url);
    Element red = census.containerRed;
    boolean errorTitle = census.errorTitle;
    if (red == null && !errorTitle) {
      if (url.getPath() != null && url.getPath().endsWith("/maimai-mobile/logout/")) {
        throw sessionGone("NET's logout page answered: the session has ended.");
      }
      return;
    }
    String message = red == null ? "" : message(red);
    Matcher m = CODE.matcher(red == null ? "" : red.text());
    if (!m.find()) {
      if (isLogout(url, message)) {
        throw sessionGone("NET's logout page answered: the session has ended.");
      }
      if (red == null) {
        return; // an error title with no error box is not a page probe knows; kind detection says
        // so
      }
      throw Pages.unreadable("error page", "it shows no error code");
    }
    String code = m.group(1);
    String shown = message.isEmpty() ? "" : " (NET says: " + message.replace('\n', ' ') + ")";
    if (SESSION_CODES.contains(code)) {
      throw new ProbeException(
          Kind.SESSION_EXPIRED,
          "NET error " + code + shown + ": the NET session has expired.",
          code,
          null);
    }
    throw new ProbeException(
        Kind.NET_ERROR,
        "NET answered with error " + code + shown + ". Try again later; the page is kept.",
        code,
        null);
  }

  private static ProbeException sessionGone(String message) {
    return new ProbeException(Kind.SESSION_EXPIRED, message);
  }

  private static boolean isLogout(URI url, String message) {
    String path = url.getPath() == null ? "" : url.getPath();
    return path.endsWith("/logout/")
        || message.startsWith("再见")
        || message.startsWith("さようなら")
        || message.toLowerCase(Locale.ROOT).startsWith("goodbye");
  }

  /** The {@code div.gray.break} text, lines split by {@code <br>} joined with newlines. */
  static String message(Element red) {
    Element gray = red.selectFirst("div.gray.break");
    if (gray == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    for (Node n : gray.childNodes()) {
      if (n instanceof TextNode) {
        sb.append(Texts.trimAscii(((TextNode) n).getWholeText()));
      } else if (n instanceof Element && ((Element) n).nameIs("br")) {
        sb.append('\n');
      }
    }
    return Texts.trimAscii(sb.toString());
  }

  /**
   * The CN site's WAF (EdgeOne) answers with a script page that sets {@code __tst_status} and
   * {@code EO_Bot_Ssid}; such a page is "blocked", never "no plays".
   */
  private static void checkChallenge(PageCensus census, String text) {
    if (census.main != null) {
      return;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.contains("__tst_status") || lower.contains("eo_bot_ssid")) {
      throw new ProbeException(
          Kind.BLOCKED,
          "A firewall challenge (EdgeOne) answered instead of NET. Open NET once in the browser"
              + " on this machine, then sync again.");
    }
  }

  /** The SEGA ID gateway (intl) or the JP login form instead of the page asked for. */
  private static void checkLogin(PageCensus census, URI url) {
    boolean gatewayUrl = LOGIN_GATEWAY.equalsIgnoreCase(url.getHost());
    if ((gatewayUrl || census.loginForm) && census.tops.isEmpty()) {
      throw new ProbeException(
          Kind.SESSION_EXPIRED, "NET showed its login page: the session has expired.");
    }
  }
}
