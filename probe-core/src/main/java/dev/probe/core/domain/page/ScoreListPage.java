package dev.probe.core.domain.page;

import dev.probe.core.domain.Region;
import java.util.List;

/**
 * A score list: musicGenre, musicLevel, musicVersion, musicSort or musicWord search.
 *
 * @param source which search ({@code musicGenre}, {@code musicLevel}, …); "" when unknown
 * @param entries every chart on the page, in page order
 */
public record ScoreListPage(Region region, String source, List<ScoreEntry> entries)
    implements NetPage {
  public ScoreListPage {
    entries = List.copyOf(entries);
  }

  @Override
  public PageKind kind() {
    return PageKind.SCORE_LIST;
  }
}
