package dev.probe.core.application.service;

import dev.probe.core.application.port.in.ImportedScore;
import dev.probe.core.domain.ComboFlag;
import dev.probe.core.domain.DxScore;
import dev.probe.core.domain.PlayResult;
import dev.probe.core.domain.SyncFlag;

/** Each part of a best is the best seen on its own, as NET keeps them. */
final class BestOf {
  private BestOf() {}

  static PlayResult results(PlayResult a, PlayResult b) {
    PlayResult higher = a.achievement().compareTo(b.achievement()) >= 0 ? a : b;
    DxScore dx = a.dxScore().score() >= b.dxScore().score() ? a.dxScore() : b.dxScore();
    return new PlayResult(
        higher.achievement(),
        higher.rank(),
        dx,
        ComboFlag.better(a.combo(), b.combo()),
        SyncFlag.better(a.sync(), b.sync()));
  }

  /** Merges two rows of one chart; the date is the one of the higher achievement. */
  static ImportedScore rows(ImportedScore first, ImportedScore second) {
    ImportedScore higher =
        first.result().achievement().compareTo(second.result().achievement()) >= 0 ? first : second;
    return new ImportedScore(
        first.line(),
        first.named(),
        first.chart(),
        results(first.result(), second.result()),
        higher.achievedAt());
  }

  /** Whether {@code next} is better than {@code old} in any part. */
  static boolean raises(PlayResult old, PlayResult next) {
    return next.achievement().compareTo(old.achievement()) > 0
        || next.dxScore().score() > old.dxScore().score()
        || next.combo().compareTo(old.combo()) > 0
        || next.sync().compareTo(old.sync()) > 0;
  }
}
