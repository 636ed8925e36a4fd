package dev.probe.core.testing;

import dev.probe.core.domain.ChartId;
import dev.probe.core.domain.ChartIds;
import dev.probe.core.domain.Photo;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.RawPage;
import dev.probe.core.domain.RawPageRef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Raw page bodies once per hash, their sightings, and album photos once each. */
final class MemoryPages {

  private record PhotoKey(PlayerId player, Instant takenAt, ChartId chart) {}

  private final Journal journal;
  private final Map<String, RawPage> bodies = new HashMap<>();
  private final Set<RawPageRef> sightings = new LinkedHashSet<>();
  private final Map<PhotoKey, Photo> photos = new HashMap<>();

  MemoryPages(Journal journal) {
    this.journal = journal;
  }

  String saveRaw(PlayerId player, long runId, RawPage page) {
    String sha = page.sha256();
    if (!bodies.containsKey(sha)) {
      journal.put(bodies, sha, page);
    }
    journal.add(
        sightings, new RawPageRef(sha, player, runId, page.url(), page.fetchedAt(), page.size()));
    return sha;
  }

  Optional<RawPage> loadRaw(String sha) {
    return Optional.ofNullable(bodies.get(sha));
  }

  List<RawPageRef> sightings(PlayerId player) {
    List<RawPageRef> mine = new ArrayList<>();
    for (RawPageRef r : sightings) {
      if (r.player().equals(player)) {
        mine.add(r);
      }
    }
    mine.sort(Comparator.comparing(RawPageRef::fetchedAt).thenComparing(RawPageRef::sha256));
    return mine;
  }

  Optional<RawPageRef> latest(PlayerId player, String url) {
    return sightings(player).stream()
        .filter(r -> r.url().toString().equals(url))
        .reduce((a, b) -> b);
  }

  int savePhotos(List<Photo> newPhotos) {
    int fresh = 0;
    for (Photo p : newPhotos) {
      PhotoKey key = new PhotoKey(p.player(), p.takenAt(), ChartIds.of(p.chart()));
      if (!photos.containsKey(key)) {
        journal.put(photos, key, p);
        fresh++;
      }
    }
    return fresh;
  }

  List<Photo> photos(PlayerId player) {
    List<Photo> mine = new ArrayList<>();
    for (Photo p : photos.values()) {
      if (p.player().equals(player)) {
        mine.add(p);
      }
    }
    mine.sort(
        Comparator.comparing(Photo::takenAt).reversed().thenComparing(p -> ChartIds.of(p.chart())));
    return mine;
  }
}
