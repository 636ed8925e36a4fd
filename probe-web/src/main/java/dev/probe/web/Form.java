package dev.probe.web;

import dev.probe.core.domain.ProbeException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A POST body read as a form: URL-encoded fields, or multipart fields and files. */
record Form(Map<String, List<String>> fields, List<Upload> files) {
  static final Form EMPTY = new Form(Map.of(), List.of());

  Form {
    fields = Map.copyOf(fields);
    files = List.copyOf(files);
  }

  static Form parse(WebRequest request) {
    String type = request.header("content-type").orElse("").toLowerCase(Locale.ROOT);
    byte[] body = request.body();
    if (type.startsWith("application/x-www-form-urlencoded")) {
      return new Form(urlEncoded(new String(body, StandardCharsets.UTF_8)), List.of());
    }
    if (type.startsWith("multipart/form-data")) {
      return Multipart.parse(request.header("content-type").orElseThrow(), body);
    }
    return EMPTY;
  }

  Optional<String> field(String name) {
    List<String> v = fields.get(name);
    return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v.get(0));
  }

  static Map<String, List<String>> urlEncoded(String text) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (String pair : text.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String k = eq < 0 ? pair : pair.substring(0, eq);
      String v = eq < 0 ? "" : pair.substring(eq + 1);
      try {
        out.computeIfAbsent(
                java.net.URLDecoder.decode(k, StandardCharsets.UTF_8), x -> new ArrayList<>())
            .add(java.net.URLDecoder.decode(v, StandardCharsets.UTF_8));
      } catch (IllegalArgumentException e) {
        throw ProbeException.invalid("malformed form field '" + k + "'");
      }
    }
    return out;
  }
}
