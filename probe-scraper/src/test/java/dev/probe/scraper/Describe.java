package dev.probe.scraper;

import dev.probe.core.domain.ChartRef;
import dev.probe.core.domain.PlayResult;
import dev.probe.core.domain.page.RecordEntry;
import dev.probe.core.domain.page.ScoreEntry;

/** One-line, exact descriptions of parsed values, so that table-driven tests read like the page. */
final class Describe {

  private Describe() {}

  static String chart(ChartRef c) {
    return c.title()
        + "|"
        + c.difficulty()
        + "|"
        + c.type()
        + "|"
        + c.level()
        + "|"
        + c.utageKind();
  }

  static String result(PlayResult r) {
    if (r == null) {
      return "unplayed";
    }
    return r.achievement().format()
        + "|"
        + r.rank().label()
        + "|"
        + r.dxScore().score()
        + "/"
        + r.dxScore().max()
        + "|"
        + r.combo()
        + "|"
        + r.sync();
  }

  /** track|shown|idx|chart|jacket|result|stars|place|newAch|newDx */
  static String play(RecordEntry e) {
    return e.track()
        + "|"
        + e.shownAt()
        + "|"
        + e.detailIdx()
        + "|"
        + chart(e.chart())
        + "|"
        + e.chart().jacket()
        + "|"
        + result(e.result())
        + "|"
        + e.dxStars()
        + "|"
        + e.place()
        + "|"
        + e.achievementNewRecord()
        + "|"
        + e.dxScoreNewRecord();
  }

  static String score(ScoreEntry e) {
    return chart(e.chart()) + "|" + e.chart().genre() + "|" + result(e.result());
  }
}
