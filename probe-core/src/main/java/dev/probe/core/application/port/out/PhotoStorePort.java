package dev.probe.core.application.port.out;

import dev.probe.core.domain.Photo;
import dev.probe.core.domain.PlayerId;
import java.util.List;

/** Every photo ever seen. */
public interface PhotoStorePort {
  /**
   * Saves photos; one already kept (same player, time and chart) is left as it is.
   *
   * @return how many were new
   */
  int savePhotos(List<Photo> photos);

  /** Newest first. */
  List<Photo> photos(PlayerId player);
}
