package dev.probe.scraper.fake;

import com.sun.net.httpserver.HttpExchange;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.nodes.Element;

/** What the fake NET knows and how it answers one request. */
final class FakeNetState {

  /** One answer. */
  record Answer(
      int status,
      Map<String, List<String>> headers,
      String body,
      Duration delay,
      boolean truncated) {}

  private static final String USER_ID = "fake-user-0042";
  private static final int CREDITS_BEFORE_FIXTURE = 1200;
  private static final int RECORD_SIZE = 50;
  private static final int ALBUM_SIZE = 10;
  static final String PHOTO_PATH = "img/photo/user/";

  /** A stand-in for a photo: PNG's signature and the path, so each image differs. */
  private static String image(String path) {
    return "\u0089PNG\r\n\u001a\n" + path;
  }

  private final RecordTemplates templates = new RecordTemplates();
  private final List<FakePlay> plays = new ArrayList<>(templates.originalPlays());
  private final List<FakePlay> photos = new ArrayList<>(plays.subList(0, 2));
  private boolean changed;
  private String token = "t-initial";
  private int tokenSeq;
  private int expireAfter = -1;
  private final java.util.Set<String> loginTokens = new java.util.HashSet<>();

  final Map<String, Integer> truncate = new ConcurrentHashMap<>();
  final Map<String, Integer> counts = new ConcurrentHashMap<>();
  final Map<String, String> lastHeaders = new ConcurrentHashMap<>();
  final List<String> log = new ArrayList<>();
  volatile boolean maintenance;
  volatile boolean blocked;
  volatile boolean expireWithErrorPage;
  volatile Duration delay = Duration.ZERO;

  synchronized Map<String, String> validCookies() {
    return Map.of("userId", USER_ID, "_t", token);
  }

  synchronized void play(int count) {
    for (int i = 0; i < count; i++) {
      FakePlay newest = plays.get(0);
      plays.add(
          0,
          new FakePlay(
              (newest.slot() + 1) % RECORD_SIZE,
              newest.epoch() + 180,
              newest.track() % 4 + 1,
              (newest.template() + 17) % templates.size()));
    }
    if (count > 0) {
      changed = true;
      photos.add(0, plays.get(0));
      while (photos.size() > ALBUM_SIZE) {
        photos.remove(photos.size() - 1);
      }
    }
  }

  synchronized int counter() {
    return CREDITS_BEFORE_FIXTURE + (int) plays.stream().filter(p -> p.track() == 1).count();
  }

  synchronized List<FakePlay> plays() {
    return List.copyOf(plays);
  }

  /**
   * A one-time token for NET's entry {@code /maimai-mobile/?t=…}, as Wahlap's callback hands out.
   */
  synchronized String loginToken() {
    String t = "login-" + (loginTokens.size() + 1) + "-" + Long.toHexString(System.nanoTime());
    loginTokens.add(t);
    return t;
  }

  synchronized void expireAfter(int requests) {
    expireAfter = requests;
  }

  synchronized Answer answer(HttpExchange exchange) {
    String path = exchange.getRequestURI().getPath().substring(FakeNetServer.ROOT.length());
    String query = exchange.getRequestURI().getRawQuery();
    counts.merge(path, 1, Integer::sum);
    synchronized (log) {
      log.add(query == null ? path : path + "?" + query);
    }
    Map<String, String> cookies = cookies(exchange.getRequestHeaders().getFirst("Cookie"));
    recordHeaders(exchange, cookies);
    Duration wait = delay;
    if (maintenance) {
      return new Answer(503, Map.of(), SyntheticPages.maintenance(), wait, false);
    }
    if (blocked) {
      return new Answer(200, Map.of(), SyntheticPages.challenge(), wait, false);
    }
    if (path.isEmpty() && query != null && query.startsWith("t=")) {
      return signIn(query.substring(2), wait);
    }
    boolean valid =
        USER_ID.equals(cookies.get("userId"))
            && token.equals(cookies.get("_t"))
            && expireAfter != 0;
    if (!valid || path.startsWith("error/")) {
      return expireWithErrorPage || path.startsWith("error/")
          ? new Answer(200, Map.of(), SyntheticPages.error("200002"), wait, false)
          : new Answer(
              302, Map.of("Location", List.of(FakeNetServer.ROOT + "error/")), "", wait, false);
    }
    if (expireAfter > 0) {
      expireAfter--;
    }
    token = "t-" + (++tokenSeq) + "-" + Long.toHexString(System.nanoTime());
    Map<String, List<String>> headers = new HashMap<>();
    headers.put(
        "Set-Cookie",
        List.of("_t=" + token + "; Path=/maimai-mobile/; Max-Age=315360000; HttpOnly"));
    Integer left = truncate.get(path);
    boolean cut = left != null && left > 0;
    if (cut) {
      truncate.put(path, left - 1);
    }
    if (path.startsWith(PHOTO_PATH)) {
      headers.put("Content-Type", List.of("image/png"));
      return new Answer(200, headers, image(path), wait, cut);
    }
    String body = page(path, query);
    if (body == null) {
      return new Answer(404, headers, "<html><body>not found</body></html>", wait, false);
    }
    return new Answer(200, headers, body, wait, cut);
  }

  /** NET's entry with a login token: a new session and on to home, or the error page. */
  private Answer signIn(String loginToken, Duration wait) {
    if (!loginTokens.remove(loginToken)) {
      return new Answer(
          302, Map.of("Location", List.of(FakeNetServer.ROOT + "error/")), "", wait, false);
    }
    token = "t-" + (++tokenSeq) + "-" + Long.toHexString(System.nanoTime());
    return new Answer(
        302,
        Map.of(
            "Location",
            List.of(FakeNetServer.ROOT + "home/"),
            "Set-Cookie",
            List.of(
                "userId=" + USER_ID + "; Path=/; HttpOnly",
                "_t=" + token + "; Path=/maimai-mobile/; Max-Age=315360000; HttpOnly")),
        "",
        wait,
        false);
  }

  private String page(String path, String query) {
    switch (path) {
      case "playerData/":
        return SyntheticPages.playerData(67, counter());
      case "record/":
        return changed
            ? templates.recordPage(plays.subList(0, Math.min(RECORD_SIZE, plays.size())))
            : new String(templates.originalPage(), StandardCharsets.UTF_8);
      case "record/playlogDetail/":
        return detail(query);
      case "playerData/photo/":
        List<Element> entries = photos.stream().map(p -> templates.entry(p, false)).toList();
        return SyntheticPages.album(entries, photos);
      case "friend/userFriendCode/":
        return fixture("/fixtures/cn/friend-code.html");
      case "record/musicGenre/search/":
        // the saved expert score list (real, trimmed) stands for every difficulty's list
        return fixture("/fixtures/cn/music-genre-expert-excerpt.html");
      case "home/":
        return SyntheticPages.shell("", SyntheticPages.userBlock() + "</div>");
      default:
        return null;
    }
  }

  /** A real saved page (fixtures/cn, licence next to it). */
  private static String fixture(String resource) {
    try (java.io.InputStream in = FakeNetState.class.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private String detail(String query) {
    String idx =
        query == null || !query.startsWith("idx=")
            ? ""
            : URLDecoder.decode(query.substring(4), StandardCharsets.UTF_8);
    for (FakePlay p : plays.subList(0, Math.min(RECORD_SIZE, plays.size()))) {
      if (p.idx().equals(idx)) {
        return SyntheticPages.playDetail(templates.entry(p, false));
      }
    }
    return SyntheticPages.error("100001");
  }

  private void recordHeaders(HttpExchange exchange, Map<String, String> cookies) {
    lastHeaders.clear();
    for (String h : List.of("User-Agent", "Accept", "Accept-Language", "Referer")) {
      String v = exchange.getRequestHeaders().getFirst(h);
      if (v != null) {
        lastHeaders.put(h, v);
      }
    }
    lastHeaders.put("Cookie-Names", String.join(",", new TreeMap<>(cookies).keySet()));
  }

  private static Map<String, String> cookies(String header) {
    Map<String, String> jar = new HashMap<>();
    if (header == null) {
      return jar;
    }
    for (String part : header.split(";")) {
      int eq = part.indexOf('=');
      if (eq > 0) {
        jar.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
      }
    }
    return jar;
  }
}
