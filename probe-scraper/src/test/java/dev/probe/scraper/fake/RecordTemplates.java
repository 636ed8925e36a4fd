package dev.probe.scraper.fake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * The real CN record page ({@code fixtures/cn/record.html}, Apache-2.0, see the NOTICE next to it)
 * as a template: its 50 entries lend their markup, charts and results to generated pages, whose
 * idx, time and track are rewritten. Generated pages are therefore synthetic, built from a real
 * page's markup.
 */
final class RecordTemplates {

  static final ZoneOffset CN = ZoneOffset.ofHours(8);
  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm");

  private final byte[] original;
  private final String html;
  private final List<FakePlay> originalPlays = new ArrayList<>();
  private final Elements parsedEntries;

  RecordTemplates() {
    try (InputStream in = RecordTemplates.class.getResourceAsStream("/fixtures/cn/record.html")) {
      if (in == null) {
        throw new IllegalStateException("fixtures/cn/record.html is missing from test resources");
      }
      original = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    html = new String(original, StandardCharsets.UTF_8);
    Elements entries = entries(Jsoup.parse(html));
    parsedEntries = entries;
    for (int i = 0; i < entries.size(); i++) {
      Element e = entries.get(i);
      String[] idx = e.selectFirst("input[name=idx]").attr("value").split(",");
      int track =
          Integer.parseInt(e.selectFirst("div.sub_title span").text().replaceAll("\\D", ""));
      originalPlays.add(new FakePlay(Integer.parseInt(idx[0]), Long.parseLong(idx[1]), track, i));
    }
  }

  /** The plays of the real page, newest first. */
  List<FakePlay> originalPlays() {
    return List.copyOf(originalPlays);
  }

  int size() {
    return originalPlays.size();
  }

  byte[] originalPage() {
    return original.clone();
  }

  /** A record page listing {@code plays} (newest first) in the real page's markup. */
  String recordPage(List<FakePlay> plays) {
    Document doc = Jsoup.parse(html);
    doc.outputSettings().prettyPrint(false);
    Elements templates = entries(doc);
    Element first = templates.first();
    for (FakePlay p : plays) {
      first.before(entry(templates.get(p.template()), p));
    }
    templates.remove();
    return doc.outerHtml();
  }

  /** One entry for {@code play}, with its idx form when {@code withForm}. */
  Element entry(FakePlay play, boolean withForm) {
    Element e = entry(parsedEntries.get(play.template()), play);
    if (!withForm) {
      e.select("form").remove();
    }
    return e;
  }

  private static Element entry(Element template, FakePlay play) {
    Element e = template.clone();
    e.selectFirst("input[name=idx]").attr("value", play.idx());
    Elements spans = e.select("div.sub_title span");
    spans.first().text(String.format("曲目 %02d", play.track()));
    spans.last().text(SHOWN.format(Instant.ofEpochSecond(play.epoch()).atOffset(CN)));
    return e;
  }

  private static Elements entries(Document doc) {
    return doc.select("div.p_10.t_l.f_0.v_b");
  }
}
