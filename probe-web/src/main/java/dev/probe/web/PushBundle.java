package dev.probe.web;

import dev.probe.core.domain.ProbeException;
import dev.probe.core.domain.RawPage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The body of {@code POST /api/push}: a zip of raw NET pages exactly as fetched, one entry per page
 * ({@code pages/000001.html}, …), closed by a manifest ({@code probe-push.tsv}) whose first line is
 * {@value #HEADER} and whose other lines are {@code entry TAB sha256 TAB fetchedAt TAB url}. The
 * manifest comes last, so a zip cut short anywhere is missing it (or an entry it names) and is
 * refused whole.
 */
public final class PushBundle {
  /** The media type a push is sent with. */
  public static final String CONTENT_TYPE = "application/zip";

  static final String MANIFEST = "probe-push.tsv";
  static final String HEADER = "probe-push 1";
  static final int MAX_PAGES = 5_000;

  private PushBundle() {}

  /** Writes pages as a push body (deflated: NET's HTML shrinks about tenfold). */
  public static byte[] write(List<RawPage> pages) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    StringBuilder manifest = new StringBuilder(HEADER).append('\n');
    try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
      int n = 0;
      for (RawPage page : pages) {
        String entry = String.format("pages/%06d.html", ++n);
        zip.putNextEntry(new ZipEntry(entry));
        zip.write(page.body());
        zip.closeEntry();
        manifest.append(entry).append('\t').append(page.sha256()).append('\t');
        manifest.append(page.fetchedAt()).append('\t').append(page.url()).append('\n');
      }
      zip.putNextEntry(new ZipEntry(MANIFEST));
      zip.write(manifest.toString().getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory cannot fail", e);
    }
    return bytes.toByteArray();
  }

  /**
   * Reads a push body, refusing it whole when anything is missing, altered or too large.
   *
   * @param maxUnpackedBytes the most the pages may weigh unpacked (a guard against zip bombs)
   * @throws ProbeException {@code INVALID_INPUT} for anything that is not a complete push; {@code
   *     TOO_LARGE} above the limit
   */
  public static List<RawPage> read(byte[] body, long maxUnpackedBytes) {
    if (body.length == 0) {
      throw ProbeException.invalid(
          "the push has no body: send the zip written by 'probe sync --push'");
    }
    if (!ZipEnd.present(body)) {
      throw ProbeException.invalid(
          "the push is not a complete zip (it is cut short or not a zip at all): send it again");
    }
    Map<String, byte[]> entries = new HashMap<>();
    byte[] manifest = null;
    long unpacked = 0;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(body))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.isDirectory()) {
          continue;
        }
        byte[] content = readLimited(zip, maxUnpackedBytes - unpacked);
        unpacked += content.length;
        if (e.getName().equals(MANIFEST)) {
          manifest = content;
        } else if (entries.put(e.getName(), content) != null || entries.size() > MAX_PAGES) {
          throw ProbeException.invalid(
              "the push repeats the entry "
                  + e.getName()
                  + " or has more than "
                  + MAX_PAGES
                  + " pages");
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      throw ProbeException.invalid(
          "the push's zip is damaged (" + e.getMessage() + "): send it again");
    }
    if (manifest == null) {
      throw ProbeException.invalid("the push has no " + MANIFEST + ": it was not written by probe");
    }
    return pages(new String(manifest, StandardCharsets.UTF_8), entries);
  }

  private static List<RawPage> pages(String manifest, Map<String, byte[]> entries) {
    String[] lines = manifest.split("\n");
    if (!lines[0].equals(HEADER)) {
      throw ProbeException.invalid(
          "the push's manifest starts with '" + lines[0] + "', not '" + HEADER + "'");
    }
    List<RawPage> pages = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      String[] f = lines[i].split("\t", -1);
      if (f.length != 4) {
        throw ProbeException.invalid("line " + (i + 1) + " of the push's manifest is malformed");
      }
      byte[] content = entries.remove(f[0]);
      if (content == null) {
        throw ProbeException.invalid("the push lacks " + f[0] + " that its manifest names");
      }
      RawPage page = new RawPage(uri(f[3], i + 1), instant(f[2], i + 1), content);
      if (!page.sha256().equals(f[1])) {
        throw ProbeException.invalid(f[0] + " does not match its checksum: the push was altered");
      }
      pages.add(page);
    }
    if (!entries.isEmpty()) {
      throw ProbeException.invalid(
          "the push holds entries its manifest does not name: " + entries.keySet());
    }
    return pages;
  }

  private static byte[] readLimited(InputStream in, long allowed) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[16 * 1024];
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      out.write(buffer, 0, n);
      if (out.size() > allowed) {
        throw new ProbeException(
            ProbeException.Kind.TOO_LARGE,
            "the push unpacks to more than the limit; push fewer pages at a time");
      }
    }
    return out.toByteArray();
  }

  private static URI uri(String text, int line) {
    try {
      URI uri = new URI(text);
      if (!uri.isAbsolute()) {
        throw new java.net.URISyntaxException(text, "not absolute");
      }
      return uri;
    } catch (java.net.URISyntaxException e) {
      throw ProbeException.invalid("line " + line + " of the push's manifest has a bad URL");
    }
  }

  private static Instant instant(String text, int line) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw ProbeException.invalid(
          "line " + line + " of the push's manifest has a bad time '" + text + "'");
    }
  }
}
