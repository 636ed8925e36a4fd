package dev.probe.core.domain.page;

import dev.probe.core.domain.Count;
import dev.probe.core.domain.Region;
import java.util.Map;

/**
 * {@code /playerData/}: the user block, play counts and the clear counters.
 *
 * @param playCountVersion plays in the current game version
 * @param playCountTotal plays since maimai DX began: the counter behind "plays lost"
 * @param counters counter name ({@code sssp}, {@code app}, {@code fdx}, {@code dxstar_5}, …) →
 *     n/total
 */
public record PlayerDataPage(
    Region region,
    UserBlock player,
    int playCountVersion,
    int playCountTotal,
    Map<String, Count> counters)
    implements NetPage {

  public PlayerDataPage {
    counters = Map.copyOf(counters);
  }

  @Override
  public PageKind kind() {
    return PageKind.PLAYER_DATA;
  }
}
