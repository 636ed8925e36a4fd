package dev.probe.core.domain.diff;

import dev.probe.core.domain.Count;
import dev.probe.core.domain.ProfileSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The counters that changed between two profile snapshots. */
public final class ProfileDiff {

  private ProfileDiff() {}

  /**
   * Changes from {@code before} (null: nothing before, every counter is new) to {@code after}. A
   * counter {@code after} does not show (a home page has no clear counters) is not a change.
   */
  public static List<CounterChange> between(ProfileSnapshot before, ProfileSnapshot after) {
    List<CounterChange> changes = new ArrayList<>();
    add(changes, "rating", before == null ? -1 : before.user().rating(), after.user().rating());
    add(changes, "stars", before == null ? -1 : before.user().stars(), after.user().stars());
    add(
        changes,
        "playCountTotal",
        before == null ? -1 : before.playCountTotal(),
        after.playCountTotal());
    add(
        changes,
        "playCountVersion",
        before == null ? -1 : before.playCountVersion(),
        after.playCountVersion());
    Map<String, Count> old = before == null ? Map.of() : before.counters();
    TreeSet<String> names = new TreeSet<>(old.keySet());
    names.addAll(after.counters().keySet());
    for (String name : names) {
      add(changes, name, value(old.get(name)), value(after.counters().get(name)));
    }
    return changes;
  }

  private static void add(List<CounterChange> to, String name, int before, int after) {
    if (after >= 0 && before != after) {
      to.add(new CounterChange(name, before, after));
    }
  }

  private static int value(Count c) {
    return c == null ? -1 : c.value();
  }
}
