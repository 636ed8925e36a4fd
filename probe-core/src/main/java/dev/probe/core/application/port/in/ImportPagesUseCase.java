package dev.probe.core.application.port.in;

import java.util.function.Consumer;

/**
 * Archives saved NET pages with the same parsers and the same idempotent save as a sync. A batch is
 * saved whole or not at all; a page that cannot be read is reported and kept raw without stopping
 * the others.
 */
public interface ImportPagesUseCase {

  ImportReport importPages(ImportPagesCommand command, Consumer<Progress> progress);

  default ImportReport importPages(ImportPagesCommand command) {
    return importPages(command, Progress.IGNORE);
  }
}
