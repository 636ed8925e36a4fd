package dev.probe.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The interface's words in one language. English and Chinese are loaded once from UTF-8 property
 * files; a key missing in Chinese falls back to English, a key missing everywhere shows itself so
 * that it is noticed.
 */
final class Texts {
  static final String COOKIE = "probe_lang";
  private static final Texts EN = new Texts("en", load("en"), null);
  private static final Texts ZH = new Texts("zh", load("zh"), EN);

  private final String lang;
  private final Map<String, String> words;
  private final Texts fallback;

  private Texts(String lang, Map<String, String> words, Texts fallback) {
    this.lang = lang;
    this.words = words;
    this.fallback = fallback;
  }

  static Texts of(String lang) {
    return "zh".equals(lang) ? ZH : EN;
  }

  /**
   * {@code ?lang=} first (the switch), then the cookie, then Accept-Language; English otherwise.
   */
  static Texts choose(WebRequest request) {
    String asked = request.queryParam("lang").orElse(request.cookies().get(COOKIE));
    if ("zh".equals(asked) || "en".equals(asked)) {
      return of(asked);
    }
    return of(fromAcceptLanguage(request.header("accept-language").orElse("")));
  }

  static String fromAcceptLanguage(String header) {
    String best = "en";
    double bestQ = -1;
    for (String part : header.split(",")) {
      String[] bits = part.strip().split(";");
      String tag = bits[0].strip().toLowerCase(Locale.ROOT);
      double q = 1;
      for (int i = 1; i < bits.length; i++) {
        String b = bits[i].strip();
        if (b.startsWith("q=")) {
          try {
            q = Double.parseDouble(b.substring(2));
          } catch (NumberFormatException e) {
            q = 0;
          }
        }
      }
      String lang = tag.startsWith("zh") ? "zh" : tag.startsWith("en") ? "en" : null;
      if (lang != null && q > bestQ && q > 0) {
        best = lang;
        bestQ = q;
      }
    }
    return best;
  }

  String lang() {
    return lang;
  }

  /** The other language, for the switch. */
  String other() {
    return lang.equals("zh") ? "en" : "zh";
  }

  String get(String key) {
    String w = words.get(key);
    if (w != null) {
      return w;
    }
    return fallback != null ? fallback.get(key) : key;
  }

  /** A text with {@code {0}}, {@code {1}} … replaced. */
  String format(String key, Object... args) {
    String w = get(key);
    for (int i = 0; i < args.length; i++) {
      w = w.replace("{" + i + "}", String.valueOf(args[i]));
    }
    return w;
  }

  private static Map<String, String> load(String lang) {
    String name = "/dev/probe/web/texts_" + lang + ".properties";
    try (InputStream in = Texts.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing " + name);
      }
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, String> out = new java.util.HashMap<>();
      p.forEach((k, v) -> out.put((String) k, (String) v));
      return Map.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
