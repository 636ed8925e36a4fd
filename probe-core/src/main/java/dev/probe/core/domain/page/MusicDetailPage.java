package dev.probe.core.domain.page;

import dev.probe.core.domain.ChartType;
import dev.probe.core.domain.Region;
import java.util.List;

/** {@code /record/musicDetail/}: one song of one chart type with every difficulty. */
public record MusicDetailPage(
    Region region,
    String title,
    String artist,
    String genre,
    ChartType type,
    String jacket,
    List<MusicDetailChart> charts)
    implements NetPage {
  public MusicDetailPage {
    charts = List.copyOf(charts);
  }

  @Override
  public PageKind kind() {
    return PageKind.MUSIC_DETAIL;
  }
}
