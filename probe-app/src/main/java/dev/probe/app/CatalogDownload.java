package dev.probe.app;

import dev.probe.core.domain.ProbeException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;

/**
 * Downloads the song catalogue from a public provider, on the player's machine, when the player
 * asks: probe never ships song data. One GET with timeouts and a size ceiling.
 */
final class CatalogDownload {

  /** Diving-Fish's public music data API (CN catalogue with constants). */
  static final String DEFAULT_URL = "https://www.diving-fish.com/api/maimaidxprober/music_data";

  /** A real catalogue is 1–5 MiB. */
  static final long DEFAULT_MAX_BYTES = 32L * 1024 * 1024;

  private final HttpClient client;
  private final Duration timeout;
  private final long maxBytes;

  CatalogDownload(Duration timeout, long maxBytes) {
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    this.timeout = timeout;
    this.maxBytes = maxBytes;
  }

  byte[] fetch(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http")) {
      throw ProbeException.invalid("the catalogue URL must be http(s): " + uri);
    }
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(timeout)
            .header("Accept", "application/json")
            .header("User-Agent", "probe (maimai DX score archive)")
            .GET()
            .build();
    try {
      HttpResponse<InputStream> response =
          client.send(request, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream body = response.body()) {
        if (response.statusCode() != 200) {
          throw new ProbeException(
              ProbeException.Kind.NET_UNAVAILABLE,
              "the catalogue provider "
                  + uri
                  + " answered HTTP "
                  + response.statusCode()
                  + "; try again later, or point --url (PROBE_CATALOG_URL) at another provider");
        }
        long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (declared > maxBytes) {
          throw tooLarge(uri);
        }
        byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length > maxBytes) {
          throw tooLarge(uri);
        }
        return bytes;
      }
    } catch (HttpTimeoutException e) {
      throw new ProbeException(
          ProbeException.Kind.NET_UNAVAILABLE,
          "the catalogue provider " + uri + " did not answer within " + timeout.toSeconds() + " s",
          e);
    } catch (IOException e) {
      throw new ProbeException(
          ProbeException.Kind.NET_UNAVAILABLE,
          "cannot reach the catalogue provider " + uri + " (" + e.getMessage() + ")",
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ProbeException(ProbeException.Kind.NET_UNAVAILABLE, "download interrupted", e);
    }
  }

  private ProbeException tooLarge(URI uri) {
    return new ProbeException(
        ProbeException.Kind.TOO_LARGE,
        "the catalogue at "
            + uri
            + " is larger than "
            + maxBytes / (1024 * 1024)
            + " MiB; is the URL a song catalogue?");
  }
}
