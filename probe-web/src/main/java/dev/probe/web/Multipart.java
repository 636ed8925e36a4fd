package dev.probe.web;

import dev.probe.core.domain.ProbeException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads {@code multipart/form-data} (RFC 7578) as browsers send it from a file form. */
final class Multipart {
  private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");
  private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]*)\"");
  private static final Pattern FILENAME = Pattern.compile("\\bfilename=\"([^\"]*)\"");

  private Multipart() {}

  static Form parse(String contentType, byte[] body) {
    Matcher m = BOUNDARY.matcher(contentType);
    if (!m.find()) {
      throw ProbeException.invalid("a multipart body needs a boundary in its Content-Type");
    }
    byte[] delimiter = ("--" + m.group(1)).getBytes(StandardCharsets.ISO_8859_1);
    Map<String, List<String>> fields = new LinkedHashMap<>();
    List<Upload> files = new ArrayList<>();
    int at = indexOf(body, delimiter, 0);
    if (at < 0) {
      throw ProbeException.invalid("the multipart body has no part");
    }
    while (true) {
      int partStart = at + delimiter.length;
      if (partStart + 2 <= body.length && body[partStart] == '-' && body[partStart + 1] == '-') {
        break; // closing delimiter
      }
      partStart = skipLineEnd(body, partStart);
      int next = indexOf(body, delimiter, partStart);
      if (next < 0) {
        throw ProbeException.invalid("the multipart body is cut short");
      }
      int headerEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), partStart);
      if (headerEnd < 0 || headerEnd > next) {
        throw ProbeException.invalid("a multipart part has no headers");
      }
      String headers = new String(body, partStart, headerEnd - partStart, StandardCharsets.UTF_8);
      int contentEnd = next - 2 >= headerEnd + 4 ? next - 2 : headerEnd + 4; // drop CRLF before --
      byte[] content = Arrays.copyOfRange(body, headerEnd + 4, contentEnd);
      add(headers, content, fields, files);
      at = next;
    }
    return new Form(fields, files);
  }

  private static void add(
      String headers, byte[] content, Map<String, List<String>> fields, List<Upload> files) {
    String disposition = "";
    String type = "application/octet-stream";
    for (String line : headers.split("\r\n")) {
      String lower = line.toLowerCase(Locale.ROOT);
      if (lower.startsWith("content-disposition:")) {
        disposition = line;
      } else if (lower.startsWith("content-type:")) {
        type = line.substring(line.indexOf(':') + 1).strip();
      }
    }
    Matcher name = NAME.matcher(disposition);
    if (!name.find()) {
      throw ProbeException.invalid("a multipart part has no field name");
    }
    Matcher file = FILENAME.matcher(disposition);
    if (file.find()) {
      if (content.length > 0 || !file.group(1).isEmpty()) {
        files.add(new Upload(file.group(1), type, content));
      }
    } else {
      fields
          .computeIfAbsent(name.group(1), k -> new ArrayList<>())
          .add(new String(content, StandardCharsets.UTF_8));
    }
  }

  private static int skipLineEnd(byte[] body, int i) {
    if (i + 1 < body.length && body[i] == '\r' && body[i + 1] == '\n') {
      return i + 2;
    }
    return i;
  }

  static int indexOf(byte[] haystack, byte[] needle, int from) {
    outer:
    for (int i = Math.max(0, from); i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
