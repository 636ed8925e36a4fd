package dev.probe.core.domain.page;

import java.util.List;

/**
 * One list on ratingTargetMusic, in page order: new (15), others (35), then the two candidate
 * lists.
 *
 * @param name the heading as shown (localised; identify sections by position)
 * @param entries its charts; results carry achievement and rank only
 */
public record RatingTargetSection(String name, List<ScoreEntry> entries) {
  public RatingTargetSection {
    entries = List.copyOf(entries);
  }
}
