package dev.probe.web.javalin;

import dev.probe.web.ContractFixture;
import dev.probe.web.WebContractTest;
import dev.probe.web.WebRequest;
import dev.probe.web.WebResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The HTTP contract over real HTTP through Javalin and Jetty. */
class JavalinContractTest extends WebContractTest {
  private static final Set<String> RESTRICTED = Set.of("host", "connection", "content-length");
  private static JavalinServer server;
  private static JavalinServer httpsOnly;
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    server =
        new JavalinServer(
                ContractFixture.application(),
                JavalinServer.Options.of(ContractFixture.MAX_UPLOAD + 1024 * 1024))
            .start("127.0.0.1", 0);
    httpsOnly =
        new JavalinServer(
                ContractFixture.httpsOnlyApplication(),
                JavalinServer.Options.of(ContractFixture.MAX_UPLOAD + 1024 * 1024))
            .start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() {
    server.close();
    httpsOnly.close();
  }

  @Override
  protected WebResponse send(WebRequest request) {
    return send(server.port(), request);
  }

  @Override
  protected WebResponse sendHttpsOnly(WebRequest request) {
    return send(httpsOnly.port(), request);
  }

  /** Sends a contract request over HTTP and reads the raw answer (bodies stay compressed). */
  static WebResponse send(int port, WebRequest request) {
    String query =
        request.query().entrySet().stream()
            .flatMap(e -> e.getValue().stream().map(v -> enc(e.getKey()) + "=" + enc(v)))
            .collect(Collectors.joining("&"));
    URI uri =
        URI.create(
            "http://127.0.0.1:" + port + request.path() + (query.isEmpty() ? "" : "?" + query));
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri)
            .method(request.method(), HttpRequest.BodyPublishers.ofByteArray(request.body()));
    request
        .headers()
        .forEach(
            (name, values) -> {
              if (!RESTRICTED.contains(name)) {
                values.forEach(v -> b.header(name, v));
              }
            });
    if (!request.cookies().isEmpty()) {
      b.header(
          "Cookie",
          request.cookies().entrySet().stream()
              .map(e -> e.getKey() + "=" + e.getValue())
              .collect(Collectors.joining("; ")));
    }
    try {
      HttpResponse<byte[]> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
      Map<String, List<String>> headers = new LinkedHashMap<>();
      r.headers().map().forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), v));
      return new WebResponse(r.statusCode(), headers, r.body());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String enc(String s) {
    return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
  }
}
