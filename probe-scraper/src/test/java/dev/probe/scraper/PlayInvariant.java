package dev.probe.scraper;

import dev.probe.core.domain.ChartIds;
import dev.probe.core.domain.page.NetPage;
import dev.probe.core.domain.page.PlayDetailPage;
import dev.probe.core.domain.page.RecordEntry;
import dev.probe.core.domain.page.RecordPage;
import dev.probe.core.domain.page.ScoreEntry;
import dev.probe.core.domain.page.ScoreListPage;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The fuzz invariant: a page read from a damaged copy may only contain plays (and score entries)
 * that the undamaged page has. A play is compared on everything that identifies it or that NET
 * encodes by a required element — time, idx, track, chart identity, title, type, difficulty,
 * jacket, achievement, rank, DX score, stars, FC and sync. Marks whose absence is itself a legal
 * value (NEW RECORD stamps, the 1st–4th place, VS marks, a non-utage level icon) may read as absent
 * once their element is damaged: no parser can tell that apart.
 */
final class PlayInvariant {

  private PlayInvariant() {}

  /** Null when {@code damaged} is consistent with {@code original}; else what is wrong. */
  static String check(NetPage original, NetPage damaged) {
    List<RecordEntry> plays = plays(damaged);
    for (RecordEntry p : plays) {
      if (p.playedAt() == null || p.chart() == null || p.chart().title().isEmpty()) {
        return "a play without time or chart: " + p;
      }
    }
    if (!plays.isEmpty()) {
      List<String> known =
          plays(original).stream().map(PlayInvariant::key).collect(Collectors.toList());
      for (RecordEntry p : plays) {
        if (!known.contains(key(p))) {
          return "a play the original page does not have: " + p;
        }
      }
    }
    if (damaged instanceof ScoreListPage && original instanceof ScoreListPage) {
      List<String> known =
          ((ScoreListPage) original)
              .entries().stream().map(PlayInvariant::key).collect(Collectors.toList());
      for (ScoreEntry e : ((ScoreListPage) damaged).entries()) {
        if (!known.contains(key(e))) {
          return "a score entry the original page does not have: " + e;
        }
      }
    }
    return null;
  }

  static List<RecordEntry> plays(NetPage page) {
    if (page instanceof RecordPage) {
      return ((RecordPage) page).plays();
    }
    if (page instanceof PlayDetailPage) {
      return List.of(((PlayDetailPage) page).play());
    }
    return List.of();
  }

  private static String key(RecordEntry p) {
    return String.join(
        "|",
        String.valueOf(p.playedAt()),
        p.detailIdx(),
        String.valueOf(p.track()),
        String.valueOf(p.shownAt()),
        ChartIds.of(p.chart()).asString(),
        p.chart().jacket(),
        p.chart().utageKind(),
        p.chart().isUtage() ? p.chart().level() : "",
        Objects.toString(p.result()),
        String.valueOf(p.dxStars()));
  }

  /** Genre and the musicDetail token may change (a moved heading, a garbled hidden value). */
  private static String key(ScoreEntry e) {
    return Describe.chart(e.chart()) + "|" + Objects.toString(e.result());
  }
}
