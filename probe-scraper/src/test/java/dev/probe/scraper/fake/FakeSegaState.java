package dev.probe.scraper.fake;

import com.sun.net.httpserver.HttpExchange;
import dev.probe.core.domain.Region;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/** What the fake SEGA login knows and how it answers one request. */
final class FakeSegaState {

  /** One answer: a redirect when {@code location} is set, else a page. */
  record Answer(int status, String location, List<String> cookies, String body) {
    static Answer page(String body, String... cookies) {
      return new Answer(200, null, List.of(cookies), body);
    }

    static Answer redirect(String location, String... cookies) {
      return new Answer(302, location, List.of(cookies), "");
    }
  }

  private static final String NET = "/maimai-mobile/";

  private final Region region;
  private final String segaId;
  volatile String password;
  private final List<String> cards;
  private final Map<String, String> gatewaySessions = new ConcurrentHashMap<>(); // id → redirect
  private final Map<String, Boolean> ssids = new ConcurrentHashMap<>();
  private int seq;
  private String jpToken = "";
  private String cardListCookie = "";
  private Map<String, String> handedOut = Map.of();
  private String homeName = "";

  final AtomicInteger passwordPosts = new AtomicInteger();
  final AtomicInteger logins = new AtomicInteger();
  final List<String> log = new ArrayList<>();
  volatile Supplier<Map<String, String>> issued;
  volatile boolean secondFactor;
  volatile boolean refuseWithForm;
  volatile int chosenCard = -1;

  FakeSegaState(Region region, String segaId, String password, List<String> cards) {
    this.region = region;
    this.segaId = segaId;
    this.password = password;
    this.cards = List.copyOf(cards);
  }

  synchronized Answer answer(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestMethod();
    String path = exchange.getRequestURI().getPath();
    Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
    synchronized (log) {
      log.add(
          method
              + " "
              + path
              + (query.isEmpty() ? "" : "?" + new java.util.TreeSet<>(query.keySet())));
    }
    Map<String, String> cookies = cookies(exchange.getRequestHeaders().getFirst("Cookie"));
    Map<String, String> body =
        method.equals("POST")
            ? form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8))
            : Map.of();
    switch (path) {
      case "/common_auth/login":
        String session = "js" + (++seq);
        gatewaySessions.put(session, query.getOrDefault("redirect_url", ""));
        return Answer.page(
            FakeSegaPages.gatewayForm("/common_auth/login/sid", false),
            "JSESSIONID=" + session + "; Path=/common_auth; HttpOnly");
      case "/common_auth/login/sid":
        return gatewaySubmit(cookies, body);
      case NET:
        return region == Region.INTL ? arrival(query) : jpFront();
      case NET + "submit/":
        return jpSubmit(cookies, body);
      case NET + "aimeList/":
        return cardListCookie.equals(cookies.get("userId"))
            ? Answer.page(FakeSegaPages.cardList(cards))
            : Answer.redirect(NET + "error/");
      case NET + "aimeList/submit/":
        return chooseCard(cookies, query);
      case NET + "home/":
        return home(cookies);
      case NET + "error/":
        return Answer.page(FakeSegaPages.error("100001"));
      default:
        return new Answer(404, null, List.of(), "<html><body>404 Not Found</body></html>");
    }
  }

  private Answer gatewaySubmit(Map<String, String> cookies, Map<String, String> body) {
    String redirect = gatewaySessions.get(cookies.getOrDefault("JSESSIONID", ""));
    if (redirect == null) {
      return Answer.page(FakeSegaPages.gatewayForm("/common_auth/login/sid", true));
    }
    passwordPosts.incrementAndGet();
    if (!segaId.equals(body.get("sid")) || !password.equals(body.get("password"))) {
      return Answer.page(FakeSegaPages.gatewayForm("/common_auth/login/sid", true));
    }
    if (secondFactor) {
      return Answer.redirect("/common_auth/login/otp");
    }
    String ssid = "ssid" + (++seq);
    ssids.put(ssid, true);
    return Answer.redirect(
        redirect + "?ssid=" + ssid,
        "clal=gateway-secret-" + seq + "; Max-Age=31536000; Path=/; HttpOnly");
  }

  /** International NET's {@code ?ssid=}: NET's cookies, then home. */
  private Answer arrival(Map<String, String> query) {
    if (ssids.remove(query.getOrDefault("ssid", "")) == null) {
      return Answer.redirect(NET + "error/");
    }
    return Answer.redirect(NET + "home/", issue(0));
  }

  private Answer jpFront() {
    jpToken = "tok" + (++seq);
    return Answer.page(FakeSegaPages.jpForm(jpToken), "_t=" + jpToken + "; Path=/; HttpOnly");
  }

  private Answer jpSubmit(Map<String, String> cookies, Map<String, String> body) {
    passwordPosts.incrementAndGet();
    boolean tokenOk =
        jpToken.equals(body.get("token")) && jpToken.equals(cookies.getOrDefault("_t", ""));
    if (!tokenOk || !segaId.equals(body.get("segaId")) || !password.equals(body.get("password"))) {
      return refuseWithForm
          ? Answer.page(FakeSegaPages.jpForm(jpToken))
          : Answer.redirect(NET + "error/");
    }
    cardListCookie = "pending" + (++seq);
    return Answer.redirect(NET + "aimeList/", "userId=" + cardListCookie + "; Path=/; HttpOnly");
  }

  private Answer chooseCard(Map<String, String> cookies, Map<String, String> query) {
    int idx;
    try {
      idx = Integer.parseInt(query.getOrDefault("idx", ""));
    } catch (NumberFormatException e) {
      return Answer.redirect(NET + "error/");
    }
    if (!cardListCookie.equals(cookies.get("userId")) || idx < 0 || idx >= cards.size()) {
      return Answer.redirect(NET + "error/");
    }
    chosenCard = idx;
    return Answer.redirect(NET + "home/", issue(idx));
  }

  private Answer home(Map<String, String> cookies) {
    boolean ok = !handedOut.isEmpty();
    for (Map.Entry<String, String> e : handedOut.entrySet()) {
      ok &= e.getValue().equals(cookies.get(e.getKey()));
    }
    if (!ok) {
      return Answer.redirect(NET + "error/");
    }
    logins.incrementAndGet();
    return Answer.page(FakeSegaPages.home(homeName));
  }

  /** NET's session cookies for card {@code idx}, as Set-Cookie headers. */
  private String[] issue(int idx) {
    Map<String, String> jar =
        issued != null
            ? issued.get()
            : Map.of("userId", "user-" + idx + "-" + (++seq), "_t", "t" + seq);
    handedOut = Map.copyOf(jar);
    homeName = cards.get(idx);
    List<String> out = new ArrayList<>();
    jar.forEach((k, v) -> out.add(k + "=" + v + "; Path=/; HttpOnly"));
    if (region == Region.INTL) {
      out.add("friendCodeList=; Max-Age=0; Path=/"); // cleared, as NET does on a new login
    }
    return out.toArray(String[]::new);
  }

  private static Map<String, String> form(String raw) {
    Map<String, String> out = new HashMap<>();
    if (raw == null || raw.isEmpty()) {
      return out;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String k = eq < 0 ? pair : pair.substring(0, eq);
      String v = eq < 0 ? "" : pair.substring(eq + 1);
      out.put(
          URLDecoder.decode(k, StandardCharsets.UTF_8),
          URLDecoder.decode(v, StandardCharsets.UTF_8));
    }
    return out;
  }

  private static Map<String, String> cookies(String header) {
    Map<String, String> jar = new HashMap<>();
    if (header != null) {
      for (String part : header.split(";")) {
        int eq = part.indexOf('=');
        if (eq > 0) {
          jar.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
        }
      }
    }
    return jar;
  }
}
