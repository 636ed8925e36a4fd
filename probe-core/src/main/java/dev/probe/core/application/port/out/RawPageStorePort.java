package dev.probe.core.application.port.out;

import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.RawPage;
import dev.probe.core.domain.RawPageRef;
import java.util.List;
import java.util.Optional;

/** Raw pages: bodies compressed and stored once per SHA-256, with every sighting recorded. */
public interface RawPageStorePort {
  /**
   * Keeps the page (body once per hash) and records that {@code run} saw it; returns its hash. The
   * same page (body, URL and time) saved twice by one run is one sighting.
   */
  String saveRawPage(PlayerId player, long syncRunId, RawPage page);

  /** The body of a stored page, byte for byte, with its first sighting's URL and time. */
  Optional<RawPage> loadRawPage(String sha256);

  /** Every sighting of a player's pages, oldest first. */
  List<RawPageRef> rawPages(PlayerId player);

  /** The newest sighting of {@code url} for a player (e.g. a play's detail page). */
  Optional<RawPageRef> latestRawPage(PlayerId player, String url);
}
