package dev.probe.core.domain.page;

import dev.probe.core.domain.Difficulty;
import dev.probe.core.domain.PlayResult;
import java.time.LocalDateTime;

/**
 * One difficulty on a musicDetail page.
 *
 * @param difficulty the difficulty
 * @param level level label
 * @param result best result; null when unplayed
 * @param lastPlayed last played minute (local time); null when unplayed
 * @param playCount plays of this chart; 0 when unplayed
 */
public record MusicDetailChart(
    Difficulty difficulty,
    String level,
    PlayResult result,
    LocalDateTime lastPlayed,
    int playCount) {}
