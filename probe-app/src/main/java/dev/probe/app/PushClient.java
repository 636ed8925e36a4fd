package dev.probe.app;

import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.ProbeException;
import dev.probe.core.domain.RawPage;
import dev.probe.web.PushBundle;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Sends raw NET pages to a remote probe's {@code POST /api/push} with the owner's token. Pages go
 * in as many zips as it takes to keep each request under the limit (a Lambda takes at most 6 MB per
 * invocation, base64 included), in their order; each zip is imported by the remote as one batch.
 */
final class PushClient {
  /** 4 MiB of zip is about 5.4 MB once API Gateway has base64-encoded it. */
  static final long DEFAULT_MAX_BODY = 4L * 1024 * 1024;

  /** What the remote said to each request, in order. */
  record Outcome(int requests, int pages, List<String> replies) {
    Outcome {
      replies = List.copyOf(replies);
    }
  }

  private final HttpClient http;
  private final URI endpoint;
  private final String token;
  private final long maxBody;

  PushClient(HttpClient http, URI remote, String token, long maxBody) {
    this.http = http;
    String base = remote.toString().replaceAll("/+$", "");
    if (!base.startsWith("https://") && !base.startsWith("http://")) {
      throw ProbeException.invalid("the push URL must start with https:// (or http://): " + remote);
    }
    this.endpoint = URI.create(base + "/api/push");
    this.token = token;
    this.maxBody = maxBody;
  }

  static HttpClient defaultHttp() {
    return HttpClient.newBuilder()
        .connectTimeout(Duration.ofSeconds(15))
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  Outcome push(PlayerId player, List<RawPage> pages) {
    if (pages.isEmpty()) {
      return new Outcome(0, 0, List.of());
    }
    List<String> replies = new ArrayList<>();
    for (byte[] bundle : bundles(pages)) {
      replies.add(send(player, bundle));
    }
    return new Outcome(replies.size(), pages.size(), replies);
  }

  /** Zips of at most {@link #maxBody} bytes, halving a batch until it fits. */
  private List<byte[]> bundles(List<RawPage> pages) {
    byte[] whole = PushBundle.write(pages);
    if (whole.length <= maxBody) {
      return List.of(whole);
    }
    if (pages.size() == 1) {
      throw new ProbeException(
          ProbeException.Kind.TOO_LARGE,
          "the page " + pages.get(0).url() + " alone is larger than a push may be");
    }
    int half = pages.size() / 2;
    List<byte[]> out = new ArrayList<>(bundles(pages.subList(0, half)));
    out.addAll(bundles(pages.subList(half, pages.size())));
    return out;
  }

  private String send(PlayerId player, byte[] bundle) {
    URI uri =
        URI.create(
            endpoint + "?player=" + URLEncoder.encode(player.value(), StandardCharsets.UTF_8));
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(60))
            .header("authorization", "Bearer " + token)
            .header("content-type", PushBundle.CONTENT_TYPE)
            .header("accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(bundle))
            .build();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new ProbeException(
          ProbeException.Kind.STORE_UNAVAILABLE,
          "the remote probe at " + endpoint + " could not be reached (" + e.getMessage() + ")",
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ProbeException(ProbeException.Kind.STORE_UNAVAILABLE, "the push was interrupted");
    }
    return PushReplies.check(endpoint, response.statusCode(), response.body());
  }
}
