package dev.probe.core.application.port.in;

import java.util.function.Consumer;

/**
 * Reads every stored raw page again, so that what a better parser now reads (plays, details,
 * photos, profile snapshots, listed scores) reaches the archive. Stored plays are only ever
 * completed, never overwritten.
 */
public interface ReparsePagesUseCase {

  ImportReport reparse(ReparsePagesCommand command, Consumer<Progress> progress);
}
