package dev.probe.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.probe.core.application.service.ArchivePorts;
import dev.probe.core.domain.Chart;
import dev.probe.core.domain.ChartId;
import dev.probe.core.domain.ChartType;
import dev.probe.core.domain.Difficulty;
import dev.probe.core.domain.GameVersion;
import dev.probe.core.domain.InternalLevel;
import dev.probe.core.domain.NoteCounts;
import dev.probe.core.domain.Player;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.Region;
import dev.probe.core.domain.Song;
import dev.probe.core.domain.SongKey;
import dev.probe.core.domain.rating.LevelLabel;
import dev.probe.core.testing.InMemoryStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The whole catalogue on one page stays small enough for a phone on a slow line. */
class CatalogWeightTest {
  private static final String[] SYLLABLES = {
    "ka", "shi", "to", "ne", "ra", "mi", "yu", "sa", "ko", "ri", "star", "light", "dream", "night",
    "花", "夢", "星", "空", "の", "ー", "★", "sky", "love", "mix", "DX", "feat.", "pop", "rock"
  };

  @Test
  void sixThousandChartsWeighUnder100KilobytesGzipped() {
    InMemoryStore store = new InMemoryStore();
    PlayerId me = new PlayerId("me");
    store.savePlayer(new Player(me, Region.JP, "ME", ""));
    Random r = new Random(7);
    List<Song> songs = new ArrayList<>();
    List<Chart> charts = new ArrayList<>();
    GameVersion[] versions = GameVersion.values();
    for (int i = 0; i < 1_500; i++) {
      SongKey key = new SongKey(words(r, 2 + r.nextInt(4)) + " " + i, "");
      GameVersion v = versions[r.nextInt(versions.length)];
      songs.add(
          new Song(key, words(r, 2) + " feat. " + words(r, 1), "genre" + r.nextInt(7), v, 150));
      Difficulty[] diffs = {
        Difficulty.BASIC, Difficulty.ADVANCED, Difficulty.EXPERT, Difficulty.MASTER
      };
      for (int d = 0; d < diffs.length; d++) {
        InternalLevel c = InternalLevel.exact(Math.min(150, 10 + d * 30 + r.nextInt(30)));
        charts.add(
            new Chart(
                new ChartId(key, r.nextBoolean() ? ChartType.DX : ChartType.STD, diffs[d]),
                LevelLabel.of(c),
                new NoteCounts(400, 50, 40, 10, 20),
                v,
                Map.of(GameVersion.PRISM_PLUS, c),
                false,
                false));
      }
    }
    store.saveCatalog(songs, charts);
    WebApplication app =
        ProbeWeb.builder(ContractFixture.config())
            .useCases(
                WebUseCases.over(
                    new ArchivePorts(
                        store, store, store, store, store, store, store, store, store, store,
                        store),
                    ContractFixture.CLOCK))
            .build();
    WebResponse page =
        app.handle(
            ContractRequest.get("/charts")
                .bearer(ContractFixture.TOKEN)
                .header("Accept-Encoding", "gzip")
                .build());
    assertThat(page.status()).isEqualTo(200);
    assertThat(ContractResponses.text(page)).containsPattern("chartCount(&#34;|&quot;|\"):6000");
    assertThat(page.body().length)
        .as("gzip bytes of the 6,000-chart list")
        .isLessThanOrEqualTo(100_000);
    System.out.printf(
        "chart list, 6,000 charts: %,d bytes raw, %,d bytes gzip%n",
        ContractResponses.text(page).getBytes(java.nio.charset.StandardCharsets.UTF_8).length,
        page.body().length);
  }

  private static String words(Random r, int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(i == 0 ? "" : r.nextInt(3) == 0 ? " " : "")
          .append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
    }
    return sb.toString();
  }
}
