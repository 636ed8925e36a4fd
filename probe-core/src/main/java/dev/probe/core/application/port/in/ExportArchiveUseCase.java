package dev.probe.core.application.port.in;

import dev.probe.core.domain.archive.ArchiveSink;
import dev.probe.core.domain.archive.ExportSummary;

/**
 * Streams every record of the archive (catalogue, players, runs, plays, bests, profiles, photos,
 * raw pages) to a sink, e.g. the store's JSON Lines export. Plays are read page by page, never all
 * at once. NET session cookies are never exported.
 */
public interface ExportArchiveUseCase {
  ExportSummary exportArchive(ExportArchiveCommand command, ArchiveSink sink);
}
