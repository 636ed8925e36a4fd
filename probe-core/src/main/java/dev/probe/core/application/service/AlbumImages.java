package dev.probe.core.application.service;

import dev.probe.core.domain.Photo;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.ProbeException;
import dev.probe.core.domain.RawPage;
import dev.probe.core.domain.page.PhotoAlbumPage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Downloads the images of album photos the archive does not have yet: NET serves them only with the
 * session and keeps only the newest 10. Each image is kept as a raw page; the photo records its
 * hash. A photo already archived is never fetched again.
 */
final class AlbumImages {

  private final NetFetcher fetcher;
  private final ArchivePorts ports;

  AlbumImages(NetFetcher fetcher, ArchivePorts ports) {
    this.fetcher = fetcher;
    this.ports = ports;
  }

  List<Photo> withNewImages(PhotoAlbumPage album) {
    PlayerId player = fetcher.player();
    Set<String> known = new HashSet<>();
    ports.photos().photos(player).forEach(p -> known.add(identity(p)));
    String base = album.region().netBase().toString();
    List<Photo> result = new ArrayList<>();
    for (Photo photo : PageRecords.photos(player, album)) {
      if (known.contains(identity(photo)) || !photo.imageUrl().startsWith(base)) {
        result.add(photo); // archived already, or not on NET's own host: never fetched
        continue;
      }
      result.add(download(photo, photo.imageUrl().substring(base.length())));
    }
    return result;
  }

  private Photo download(Photo photo, String path) {
    try {
      RawPage image = fetcher.fetch(path);
      return new Photo(
          photo.player(), photo.takenAt(), photo.chart(), photo.imageUrl(), image.sha256());
    } catch (ProbeException e) {
      if (e.kind() == ProbeException.Kind.NET_ERROR
          || e.kind() == ProbeException.Kind.UNRECOGNISED_PAGE) {
        return photo; // the photo is kept without its image rather than lost
      }
      throw e;
    }
  }

  /** Same player, time and chart: the store's identity of a photo. */
  private static String identity(Photo p) {
    return p.takenAt()
        + "|"
        + p.chart().type()
        + "|"
        + p.chart().difficulty()
        + "|"
        + p.chart().title();
  }
}
