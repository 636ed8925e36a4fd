package dev.probe.core.application.service;

import dev.probe.core.application.port.out.LoadPlaysPort;
import dev.probe.core.domain.PageRequest;
import dev.probe.core.domain.Play;
import dev.probe.core.domain.PlayFilter;
import dev.probe.core.domain.PlayKey;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Gives a play known only to the minute (a detail page saved without its address, an old page) the
 * exact key of the same play seen elsewhere: same chart and track, time within that minute. Without
 * it, one play would be archived twice under two keys.
 */
final class ExactKeys {

  private ExactKeys() {}

  /** {@code plays} with inexact keys replaced where a twin is known; merged by key again. */
  static List<Play> resolve(Collection<Play> plays, LoadPlaysPort stored) {
    Map<PlayKey, Play> result = new LinkedHashMap<>();
    for (Play p : plays) {
      Play resolved =
          p.key().isExact() ? p : twin(p, plays, stored).map(t -> rekey(p, t)).orElse(p);
      result.merge(resolved.key(), resolved, (a, b) -> a.detail() != null ? a : b);
    }
    return List.copyOf(result.values());
  }

  private static Optional<Play> twin(Play p, Collection<Play> batch, LoadPlaysPort stored) {
    Instant from = p.playedAt();
    Instant to = from.plusSeconds(60);
    for (Play other : batch) {
      if (isTwin(p, other, from, to)) {
        return Optional.of(other);
      }
    }
    PlayFilter sameMinute =
        new PlayFilter(p.chartId(), "", null, null, "", from, to, null, null, null, false);
    return stored.findPlays(p.player(), sameMinute, new PageRequest(1, 20)).items().stream()
        .filter(other -> isTwin(p, other, from, to))
        .findFirst();
  }

  private static boolean isTwin(Play p, Play other, Instant from, Instant to) {
    return other.key().isExact()
        && other.chartId().equals(p.chartId())
        && other.track() == p.track()
        && !other.playedAt().isBefore(from)
        && other.playedAt().isBefore(to);
  }

  private static Play rekey(Play p, Play twin) {
    return new Play(
        p.player(),
        twin.key(),
        p.chartId(),
        p.chart(),
        p.track(),
        twin.playedAt(),
        p.result(),
        p.achievementNewRecord(),
        p.dxScoreNewRecord(),
        p.place(),
        twin.detailIdx(),
        p.detail());
  }
}
