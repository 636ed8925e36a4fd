package dev.probe.core.domain;

import java.net.URI;
import java.time.ZoneOffset;

/**
 * The three NET sites. They share their markup but differ in host, language and the zone in which
 * they show times (no zone marker is ever printed).
 */
public enum Region {
  CN(ZoneOffset.ofHours(8), URI.create("https://maimai.wahlap.com/maimai-mobile/")),
  INTL(ZoneOffset.ofHours(9), URI.create("https://maimaidx-eng.com/maimai-mobile/")),
  JP(ZoneOffset.ofHours(9), URI.create("https://maimaidx.jp/maimai-mobile/"));

  private final ZoneOffset zone;
  private final URI netBase;

  Region(ZoneOffset zone, URI netBase) {
    this.zone = zone;
    this.netBase = netBase;
  }

  /** The offset of the times NET shows in this region. */
  public ZoneOffset zone() {
    return zone;
  }

  /** The base of every NET page of this region, ending in {@code /maimai-mobile/}. */
  public URI netBase() {
    return netBase;
  }

  /** The region whose NET host is {@code host}, if any. */
  public static java.util.Optional<Region> ofHost(String host) {
    for (Region region : values()) {
      if (region.netBase.getHost().equalsIgnoreCase(host)) {
        return java.util.Optional.of(region);
      }
    }
    return java.util.Optional.empty();
  }
}
