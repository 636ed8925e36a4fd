package dev.probe.app;

import dev.probe.core.application.port.in.ImportReport;
import dev.probe.core.domain.RawPage;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Saved NET pages from the paths a user gives: files as they are, folders (every {@code .html} and
 * {@code .htm} below them) and zips (their {@code .html}/{@code .htm} entries). What cannot be read
 * is reported, never silently skipped; a zip entry whose name would escape its folder is refused.
 */
final class PageFiles {

  /** Larger than any NET page (the friend VS page is about 2 MB). */
  static final int MAX_PAGE_BYTES = 32 * 1024 * 1024;

  private final List<RawPage> pages = new ArrayList<>();
  private final List<ImportReport.Rejection> rejections = new ArrayList<>();

  List<RawPage> pages() {
    return List.copyOf(pages);
  }

  List<ImportReport.Rejection> rejections() {
    return List.copyOf(rejections);
  }

  /** Reads everything under {@code path}. */
  PageFiles add(Path path) {
    if (Files.isDirectory(path)) {
      try (Stream<Path> walk = Files.walk(path)) {
        walk.filter(Files::isRegularFile)
            .filter(p -> isPage(p.toString()))
            .sorted()
            .forEach(this::file);
      } catch (IOException e) {
        reject(path.toString(), "cannot read this folder: " + e.getMessage());
      }
    } else if (!Files.exists(path)) {
      reject(path.toString(), "no such file or folder");
    } else if (path.toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
      zip(path);
    } else {
      file(path);
    }
    return this;
  }

  private void file(Path path) {
    try {
      if (Files.size(path) > MAX_PAGE_BYTES) {
        reject(path.toString(), "larger than any NET page (" + Files.size(path) + " bytes)");
        return;
      }
      Instant modified = Files.getLastModifiedTime(path).toInstant();
      pages.add(new RawPage(path.toAbsolutePath().toUri(), modified, Files.readAllBytes(path)));
    } catch (IOException e) {
      reject(path.toString(), "cannot read this file: " + e.getMessage());
    }
  }

  private void zip(Path path) {
    try (ZipFile zip = new ZipFile(path.toFile())) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        if (!entry.isDirectory() && isPage(entry.getName())) {
          entry(zip, path, entry);
        }
      }
    } catch (IOException e) {
      reject(path.toString(), "not a readable zip file: " + e.getMessage());
    }
  }

  private void entry(ZipFile zip, Path path, ZipEntry entry) throws IOException {
    String where = path + "!/" + entry.getName();
    if (escapes(entry.getName())) {
      reject(where, "the entry's name leads outside the zip's folder; refused");
      return;
    }
    try (InputStream in = zip.getInputStream(entry)) {
      byte[] body = in.readNBytes(MAX_PAGE_BYTES + 1);
      if (body.length > MAX_PAGE_BYTES) {
        reject(where, "larger than any NET page");
        return;
      }
      Instant modified =
          entry.getLastModifiedTime() != null
              ? entry.getLastModifiedTime().toInstant()
              : Files.getLastModifiedTime(path).toInstant();
      pages.add(new RawPage(entryUri(path, entry.getName()), modified, body));
    }
  }

  /** Absolute names, drive letters and {@code ..} segments would write outside the folder. */
  static boolean escapes(String name) {
    String n = name.replace('\\', '/');
    if (n.startsWith("/") || n.matches("^[A-Za-z]:.*")) {
      return true;
    }
    for (String segment : n.split("/")) {
      if (segment.equals("..")) {
        return true;
      }
    }
    return false;
  }

  private static URI entryUri(Path zip, String entry) {
    try {
      return new URI("file", null, zip.toAbsolutePath().toUri().getPath(), entry);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean isPage(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.endsWith(".html") || n.endsWith(".htm");
  }

  private void reject(String file, String reason) {
    rejections.add(new ImportReport.Rejection(file, "INVALID_INPUT", reason));
  }
}
