package dev.probe.core.application.port.in;

import dev.probe.core.domain.PageResult;
import dev.probe.core.domain.view.PhotoView;

/** The album: every photo ever seen, newest first, with its chart. */
public interface ListPhotosUseCase {
  /**
   * @throws dev.probe.core.domain.ProbeException {@code NOT_FOUND} for an unknown player
   */
  PageResult<PhotoView> listPhotos(ListPhotosQuery query);
}
