package dev.probe.core.domain.page;

import dev.probe.core.domain.Region;
import java.util.List;

/** {@code /playerData/photo/}: the newest photos (NET keeps 10), newest first. */
public record PhotoAlbumPage(Region region, List<PhotoEntry> photos) implements NetPage {
  public PhotoAlbumPage {
    photos = List.copyOf(photos);
  }

  @Override
  public PageKind kind() {
    return PageKind.PHOTO_ALBUM;
  }
}
