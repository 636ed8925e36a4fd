package dev.probe.core.domain.page;

import dev.probe.core.domain.PlayDetail;
import dev.probe.core.domain.Region;

/** {@code /record/playlogDetail/}: one play in full. */
public record PlayDetailPage(Region region, RecordEntry play, PlayDetail detail)
    implements NetPage {
  @Override
  public PageKind kind() {
    return PageKind.PLAY_DETAIL;
  }
}
