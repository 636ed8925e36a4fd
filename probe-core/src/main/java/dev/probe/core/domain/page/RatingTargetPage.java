package dev.probe.core.domain.page;

import dev.probe.core.domain.Region;
import java.util.List;

/** {@code /home/ratingTargetMusic/}: NET's own B15 + B35 and the candidates. */
public record RatingTargetPage(Region region, UserBlock player, List<RatingTargetSection> sections)
    implements NetPage {
  public RatingTargetPage {
    sections = List.copyOf(sections);
  }

  @Override
  public PageKind kind() {
    return PageKind.RATING_TARGET;
  }
}
