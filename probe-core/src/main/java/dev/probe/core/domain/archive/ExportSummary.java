package dev.probe.core.domain.archive;

/** How many records of each kind an export wrote. */
public record ExportSummary(
    int songs,
    int charts,
    int players,
    int syncRuns,
    long plays,
    long bestScores,
    int profiles,
    int photos,
    long rawPages) {}
