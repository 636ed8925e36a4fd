package dev.probe.core.application.port.in;

/**
 * Imports best scores from another tracker. Each row becomes a listed score with its source and
 * date: bests are the maximum of everything seen, so an import never lowers one and never invents a
 * play. Rows on charts the catalogue does not know are set aside and reported. Either every
 * accepted row is saved or, on failure, none is.
 */
public interface ImportScoresUseCase {
  ImportScoresResult importScores(ImportScoresCommand command);
}
