package dev.probe.core.application.service;

import dev.probe.core.domain.PlayKey;
import dev.probe.core.domain.ProfileSnapshot;
import dev.probe.core.domain.page.RecordEntry;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Plays NET dropped before probe saw them. NET keeps the newest 50 tracks; its play counter counts
 * credits (a credit starts with track 1). So the credits the counter gained, minus the credits
 * whose first track is among the new plays, were lost; they are turned into tracks with the longest
 * credit seen on the list, and the oldest listed credit counts only its missing first tracks.
 *
 * @param count lost plays; 0 when none or when the counter is unknown
 * @param from the window's start (the newest play or counter reading before); null when none
 * @param to the window's end (the oldest play on the list); null when none
 */
record LostPlays(int count, Instant from, Instant to) {

  static final LostPlays NONE = new LostPlays(0, null, null);

  /** NET's record list is full at this many plays. */
  static final int LIST_SIZE = 50;

  /**
   * Estimates the loss.
   *
   * @param before the last profile reading with a play counter; null when none
   * @param counterNow NET's total play counter now; -1 when unknown
   * @param listed the record list, newest first
   * @param newKeys keys of the listed plays the archive did not have
   * @param keyOf the key of a listed play
   * @param newestStored the newest play archived before this sync; null when none
   */
  static LostPlays estimate(
      ProfileSnapshot before,
      int counterNow,
      List<RecordEntry> listed,
      Set<PlayKey> newKeys,
      java.util.function.Function<RecordEntry, PlayKey> keyOf,
      Instant newestStored) {
    if (listed.isEmpty()) {
      return NONE;
    }
    RecordEntry oldest = listed.get(listed.size() - 1);
    boolean gap =
        listed.size() >= LIST_SIZE
            && newestStored != null
            && oldest.playedAt().isAfter(newestStored);
    boolean counterKnown = before != null && before.playCountTotal() >= 0 && counterNow >= 0;
    if (!counterKnown) {
      // No counter to compare: all that is known is that the list no longer reaches the archive.
      return gap ? new LostPlays(0, newestStored, oldest.playedAt()) : NONE;
    }
    long creditsFound =
        listed.stream().filter(e -> e.track() == 1 && newKeys.contains(keyOf.apply(e))).count();
    long lostCredits = (counterNow - before.playCountTotal()) - creditsFound;
    if (lostCredits <= 0) {
      return NONE;
    }
    int perCredit = Math.max(1, listed.stream().mapToInt(RecordEntry::track).max().orElse(1));
    boolean partial = oldest.track() > 1 && newKeys.contains(keyOf.apply(oldest));
    long tracks =
        partial ? (oldest.track() - 1) + (lostCredits - 1) * perCredit : lostCredits * perCredit;
    Instant from = later(newestStored, before.takenAt());
    if (from != null && from.isAfter(oldest.playedAt())) {
      from = newestStored; // a counter read later than the list's oldest play says nothing more
    }
    return new LostPlays((int) Math.min(Integer.MAX_VALUE, tracks), from, oldest.playedAt());
  }

  private static Instant later(Instant a, Instant b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isAfter(b) ? a : b;
  }
}
