package dev.probe.web;

import dev.probe.core.domain.ProbeException;
import dev.probe.core.domain.RawPage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Saved NET pages from an upload: a multipart form with files, a zip, or one HTML page. Everything
 * is checked before anything is imported: a zip entry that would escape its folder, a file that is
 * not a saved NET page, or a zip that unpacks too large refuses the whole upload.
 */
final class UploadedPages {
  static final int MAX_ENTRIES = 20_000;
  private final long maxUnpacked;
  private final Instant now;
  private final List<RawPage> pages = new ArrayList<>();
  private long unpacked;

  private UploadedPages(long maxUnpacked, Instant now) {
    this.maxUnpacked = maxUnpacked;
    this.now = now;
  }

  static List<RawPage> read(Call call, long maxUnpacked, Instant now) {
    UploadedPages out = new UploadedPages(maxUnpacked, now);
    String type = call.request().header("content-type").orElse("").toLowerCase(Locale.ROOT);
    if (type.startsWith("multipart/form-data")) {
      for (Upload u : call.form().files()) {
        out.file(u.fileName().isEmpty() ? "upload" : u.fileName(), u.bytes());
      }
    } else {
      String name =
          call.request()
              .header("x-file-name")
              .orElse(type.contains("zip") ? "upload.zip" : "upload.html");
      out.file(name, call.request().body());
    }
    if (out.pages.isEmpty()) {
      throw ProbeException.invalid("the upload holds no saved NET page (.html, or a .zip of them)");
    }
    return List.copyOf(out.pages);
  }

  private void file(String name, byte[] bytes) {
    if (bytes.length == 0) {
      return;
    }
    if (isZip(bytes)) {
      zip(name, bytes);
    } else {
      page(name, bytes);
    }
  }

  private void zip(String zipName, byte[] bytes) {
    int before = pages.size();
    int entries = 0;
    try (ZipInputStream zip =
        new ZipInputStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
      ZipEntry e;
      while ((e = zip.getNextEntry()) != null) {
        if (++entries > MAX_ENTRIES) {
          throw new ProbeException(
              ProbeException.Kind.TOO_LARGE,
              zipName + " has more than " + MAX_ENTRIES + " entries");
        }
        String name = e.getName();
        if (escapes(name)) {
          throw ProbeException.invalid(
              zipName
                  + ": the entry '"
                  + name
                  + "' points outside the zip's folder; nothing was imported");
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (e.isDirectory() || !(lower.endsWith(".html") || lower.endsWith(".htm"))) {
          continue; // saved pages come with their _files/ folders of styles and images
        }
        page(zipName + "/" + name, readLimited(zip, zipName));
      }
    } catch (IOException e) {
      throw ProbeException.invalid(
          zipName + " is not a readable zip (" + e.getMessage() + "); nothing was imported");
    }
    if (pages.size() == before) {
      throw ProbeException.unrecognised(zipName + " contains no .html page");
    }
  }

  private byte[] readLimited(InputStream in, String zipName) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[16384];
    int n;
    while ((n = in.read(buf)) > 0) {
      unpacked += n;
      if (unpacked > maxUnpacked) {
        throw new ProbeException(
            ProbeException.Kind.TOO_LARGE,
            zipName
                + " unpacks to more than "
                + Pipeline.humanBytes(maxUnpacked)
                + "; split it into smaller zips");
      }
      out.write(buf, 0, n);
    }
    return out.toByteArray();
  }

  private void page(String name, byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 1 << 20), StandardCharsets.UTF_8);
    String lower = head.toLowerCase(Locale.ROOT);
    boolean html =
        lower.contains("<html") || lower.contains("<!doctype html") || lower.contains("<div");
    if (!html || !lower.contains("maimai-mobile")) {
      throw ProbeException.unrecognised(
          name
              + " is not a saved maimai DX NET page (save the page from NET as HTML); nothing was imported");
    }
    try {
      pages.add(new RawPage(new URI("file", null, "/" + name, null), now, bytes));
    } catch (URISyntaxException e) {
      throw ProbeException.invalid("cannot use the file name '" + name + "'");
    }
  }

  static boolean escapes(String name) {
    String n = name.replace('\\', '/');
    if (n.startsWith("/") || n.matches("^[A-Za-z]:.*") || n.indexOf('\0') >= 0) {
      return true;
    }
    for (String part : n.split("/")) {
      if (part.equals("..")) {
        return true;
      }
    }
    return false;
  }

  static boolean isZip(byte[] b) {
    return b.length >= 4
        && b[0] == 'P'
        && b[1] == 'K'
        && (b[2] == 3 || b[2] == 5)
        && (b[3] == 4 || b[3] == 6);
  }
}
