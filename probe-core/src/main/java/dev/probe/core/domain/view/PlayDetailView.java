package dev.probe.core.domain.view;

import dev.probe.core.domain.RawPageRef;
import java.util.Optional;

/**
 * One play in full.
 *
 * @param play the play with its chart, rating and diff
 * @param detailPage the stored raw detail page it was read from; null when none is stored
 * @param playsOnChart how many plays of this chart the archive holds
 */
public record PlayDetailView(PlayView play, RawPageRef detailPage, int playsOnChart) {
  public Optional<RawPageRef> detailPageIfStored() {
    return Optional.ofNullable(detailPage);
  }
}
