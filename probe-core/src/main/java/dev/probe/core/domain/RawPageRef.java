package dev.probe.core.domain;

import java.net.URI;
import java.time.Instant;

/**
 * Where and when a raw page was seen; the body is stored once per hash however often it is seen.
 *
 * @param sha256 the body's address
 * @param player whose sync or import saw it
 * @param syncRunId the run that saw it
 * @param url where it came from
 * @param fetchedAt when
 * @param size body size in bytes
 */
public record RawPageRef(
    String sha256, PlayerId player, long syncRunId, URI url, Instant fetchedAt, int size) {}
