package dev.probe.core.application.port.in;

import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.RawPage;
import dev.probe.core.domain.SyncSource;
import java.util.List;
import java.util.Objects;

/**
 * Import saved NET pages into one player's archive as one batch.
 *
 * @param player whose archive
 * @param source {@link SyncSource#IMPORT} for files and uploads, {@link SyncSource#PUSH} for pages
 *     pushed from a home machine
 * @param pages the pages; each one's URL names its file ({@code file:…}) or NET address
 */
public record ImportPagesCommand(PlayerId player, SyncSource source, List<RawPage> pages) {
  public ImportPagesCommand {
    Objects.requireNonNull(player, "player");
    Objects.requireNonNull(source, "source");
    if (source == SyncSource.NET || source == SyncSource.REPARSE) {
      throw new IllegalArgumentException("an import comes from files or a push, not " + source);
    }
    pages = List.copyOf(pages);
  }

  public static ImportPagesCommand ofFiles(PlayerId player, List<RawPage> pages) {
    return new ImportPagesCommand(player, SyncSource.IMPORT, pages);
  }
}
