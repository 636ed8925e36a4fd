package dev.probe.web;

import dev.probe.core.domain.PlayerId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The application every delivery serves in the contract: a small archive, owner token {@link
 * #TOKEN}, base path {@link #BASE}, uploads limited to {@link #MAX_UPLOAD} bytes.
 */
public final class ContractFixture {
  public static final String TOKEN = "contract-owner-token-0123456789";
  public static final String BASE = "/release";
  public static final long MAX_UPLOAD = 256 * 1024;
  public static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-20T12:00:00Z"), ZoneOffset.UTC);

  private ContractFixture() {}

  public static WebConfig config() {
    return WebConfig.of(TOKEN).withBasePath(BASE).withMaxUploadBytes(MAX_UPLOAD).withClock(CLOCK);
  }

  /** A fresh application over a fresh archive. */
  public static WebApplication application() {
    return ProbeWeb.builder(config())
        .players(() -> List.of(new PlayerId("alice"), new PlayerId("bob")))
        .build();
  }
}
