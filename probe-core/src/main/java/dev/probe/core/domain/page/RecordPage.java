package dev.probe.core.domain.page;

import dev.probe.core.domain.Region;
import java.util.List;

/** {@code /record/}: the newest plays (at most 50), newest first. */
public record RecordPage(Region region, List<RecordEntry> plays) implements NetPage {
  public RecordPage {
    plays = List.copyOf(plays);
  }

  @Override
  public PageKind kind() {
    return PageKind.RECORD;
  }
}
