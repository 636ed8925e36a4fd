package dev.probe.core.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.probe.core.domain.Chart;
import dev.probe.core.domain.ChartId;
import dev.probe.core.domain.ChartType;
import dev.probe.core.domain.Difficulty;
import dev.probe.core.domain.GameVersion;
import dev.probe.core.domain.InternalLevel;
import dev.probe.core.domain.NoteCounts;
import dev.probe.core.domain.ProbeException;
import dev.probe.core.domain.Song;
import dev.probe.core.domain.SongKey;
import dev.probe.core.testing.SampleCatalog;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The synthetic Diving-Fish sample (shared/data/README.md §5) and an LXNS list. */
class CatalogReaderTest {

  private static final CatalogData SAMPLE =
      CatalogReader.read(
          "sample", SampleCatalog.bytes(), GameVersion.PRISM_PLUS, GameVersion.PRISM_PLUS);
  private static final Map<ChartId, Chart> CHARTS =
      SAMPLE.charts().stream().collect(Collectors.toMap(Chart::id, Function.identity()));

  private static Chart chart(String title, String variant, ChartType type, Difficulty d) {
    Chart c = CHARTS.get(new ChartId(new SongKey(title, variant), type, d));
    assertThat(c).as("%s %s %s %s", title, variant, type, d).isNotNull();
    return c;
  }

  @Test
  void readsElevenEntriesIntoTenSongsAndThirtyNineCharts() {
    assertThat(SAMPLE.format()).isEqualTo("diving-fish");
    // The file has 40 charts; the Buddy utage's two sides are the one chart NET shows.
    assertThat(SAMPLE.charts()).hasSize(39);
    // STD 9001 and DX 19001 are one song
    assertThat(SAMPLE.songs()).hasSize(10);
  }

  @Test
  void constantsLabelsNotesAndVersionsComeThrough() {
    Chart m = chart("Sample Song 04", "", ChartType.DX, Difficulty.MASTER);
    assertThat(m.constants()).isEqualTo(Map.of(GameVersion.PRISM_PLUS, InternalLevel.exact(148)));
    assertThat(m.level()).isEqualTo("14+");
    assertThat(m.notes().maxDxScore()).isEqualTo(2721);
    assertThat(m.addedIn()).isEqualTo(GameVersion.PRISM);
    Chart re = chart("Sample Song 02", "", ChartType.DX, Difficulty.REMASTER);
    assertThat(re.constantIn(GameVersion.CIRCLE)).contains(InternalLevel.exact(146));
    assertThat(re.notes().maxDxScore()).isEqualTo(2808);
    Chart std = chart("Sample Song 01", "", ChartType.STD, Difficulty.MASTER);
    assertThat(std.notes().touch()).isZero();
    assertThat(std.notes().maxDxScore()).isEqualTo(2244);
    assertThat(std.addedIn()).isEqualTo(GameVersion.MAIMAI);
    assertThat(chart("Sample Song 01", "", ChartType.DX, Difficulty.MASTER).addedIn())
        .isEqualTo(GameVersion.UNIVERSE);
    assertThat(chart("Sample Song 03", "", ChartType.STD, Difficulty.MASTER).notes().maxDxScore())
        .isEqualTo(1947);
  }

  @Test
  void onlyThePrismPlusSongIsNew() {
    assertThat(SAMPLE.charts().stream().filter(Chart::providerNew).map(c -> c.id().song().title()))
        .containsOnly("Sample Song 05")
        .hasSize(4);
  }

  @Test
  void theIdeographicSpaceTitleIsKeptExactly() {
    assertThat(chart("\u3000", "", ChartType.DX, Difficulty.MASTER).notes().maxDxScore())
        .isEqualTo(2181);
  }

  @Test
  void twinTitlesAreToldApartByGenre() {
    Chart maimai = chart("Sample Twin", "", ChartType.STD, Difficulty.MASTER);
    Chart nico = chart("Sample Twin", "niconico", ChartType.STD, Difficulty.MASTER);
    assertThat(maimai.constants().values()).containsExactly(InternalLevel.exact(114));
    assertThat(nico.constants().values()).containsExactly(InternalLevel.exact(127));
    assertThat(nico.notes().maxDxScore()).isEqualTo(2088);
    Song nicoSong =
        SAMPLE.songs().stream().filter(s -> s.key().equals(nico.id().song())).findFirst().get();
    assertThat(nicoSong.genre()).isEqualTo("niconico & VOCALOID");
    assertThat(nicoSong.version()).isEqualTo(GameVersion.ORANGE);
  }

  @Test
  void utageChartsAreKeyedByLevelAndCarryNoConstant() {
    Chart party = chart("[宴]Sample Party", "13?", ChartType.DX, Difficulty.UTAGE);
    assertThat(party.constants()).isEmpty();
    assertThat(party.notes().maxDxScore()).isEqualTo(2793);
    Chart duet = chart("[協]Sample Duet", "12+?:buddy", ChartType.DX, Difficulty.UTAGE);
    assertThat(duet.level()).isEqualTo("12+?");
    assertThat(duet.notes().total()).isPositive();
  }

  @Test
  void anLxnsSongListIsReadWithPerChartVersionsAndBuddyNotes() {
    String lxns =
        "{\"songs\": [{\"id\": 9001, \"title\": \"Example Tune\", \"artist\": \"Example Artist\","
            + " \"genre\": \"舞萌\", \"bpm\": 160, \"version\": 11000, \"difficulties\": {"
            + " \"standard\": [{\"type\": \"standard\", \"difficulty\": 3, \"level\": \"11+\","
            + " \"level_value\": 11.9, \"version\": 11000, \"notes\": {\"total\": 660, \"tap\":"
            + " 520, \"hold\": 60, \"slide\": 55, \"touch\": 0, \"break\": 25}}],"
            + " \"dx\": [{\"type\": \"dx\", \"difficulty\": 3, \"level\": \"13\", \"level_value\":"
            + " 13.2, \"version\": 25500}],"
            + " \"utage\": [{\"level\": \"12+?\", \"is_buddy\": true, \"notes\": {\"left\":"
            + " {\"tap\": 100, \"break\": 10}, \"right\": {\"tap\": 90, \"break\": 5}}}]}},"
            + " {\"id\": 9002, \"title\": \"Gone\", \"version\": 20000, \"disabled\": true,"
            + " \"difficulties\": {\"standard\": [], \"dx\": [{\"difficulty\": 0, \"level\": \"3\","
            + " \"level_value\": 3.0}]}}],"
            + " \"genres\": [], \"versions\": []}";
    CatalogData data =
        CatalogReader.read(
            "lxns.json",
            lxns.getBytes(StandardCharsets.UTF_8),
            GameVersion.PRISM_PLUS,
            GameVersion.PRISM_PLUS);
    Map<ChartId, Chart> charts =
        data.charts().stream().collect(Collectors.toMap(Chart::id, Function.identity()));
    assertThat(data.format()).isEqualTo("lxns");
    Chart std = charts.get(ChartId.of("Example Tune", ChartType.STD, Difficulty.MASTER));
    assertThat(std.constants()).containsEntry(GameVersion.PRISM_PLUS, InternalLevel.exact(119));
    assertThat(std.notes()).isEqualTo(new NoteCounts(520, 60, 55, 0, 25));
    assertThat(std.addedIn()).isEqualTo(GameVersion.MAIMAI_PLUS);
    assertThat(std.providerNew()).isFalse();
    Chart dx = charts.get(ChartId.of("Example Tune", ChartType.DX, Difficulty.MASTER));
    assertThat(dx.addedIn()).isEqualTo(GameVersion.PRISM_PLUS);
    assertThat(dx.providerNew()).isTrue();
    assertThat(dx.notes()).isEqualTo(NoteCounts.UNKNOWN);
    Chart buddy =
        charts.get(
            new ChartId(new SongKey("Example Tune", "12+?:buddy"), ChartType.DX, Difficulty.UTAGE));
    assertThat(buddy.notes().total()).isEqualTo(205);
    assertThat(charts.get(ChartId.of("Gone", ChartType.DX, Difficulty.BASIC)).removed()).isTrue();
  }

  @Test
  void somethingElseIsRejectedWithAnExplanation() {
    assertThatThrownBy(
            () ->
                CatalogReader.read(
                    "other.json",
                    "{\"sheets\": []}".getBytes(StandardCharsets.UTF_8),
                    GameVersion.PRISM,
                    GameVersion.PRISM))
        .isInstanceOf(ProbeException.class)
        .hasMessageContaining("other.json, line 1, column 1: not a catalogue probe reads");
  }

  @Test
  void aShapeErrorNamesTheLineAndColumn() {
    String broken =
        "[{\"id\": \"9001\", \"title\": \"T\", \"type\": \"SD\",\n"
            + " \"ds\": [12.3], \"level\": [\"12\"], \"charts\": [{\"notes\": [1, 2, 3]}],\n"
            + " \"basic_info\": {\"artist\": \"A\", \"genre\": \"g\", \"from\": \"maimai\"}}]";
    assertThatThrownBy(
            () ->
                CatalogReader.read(
                    "broken.json",
                    broken.getBytes(StandardCharsets.UTF_8),
                    GameVersion.PRISM,
                    GameVersion.PRISM))
        .hasMessage("broken.json, line 2, column 54: SD notes are 4 numbers, found 3");
  }

  @Test
  void anUnknownVersionNameIsReported() {
    String odd =
        "[{\"id\": 1, \"title\": \"T\", \"type\": \"DX\", \"ds\": [1.0], \"level\": [\"1\"],"
            + " \"charts\": [{\"notes\": [1, 1, 1, 1, 1]}], \"basic_info\": {\"artist\": \"A\","
            + " \"genre\": \"g\", \"from\": \"maimai でらっくす FUTURE\"}}]";
    assertThatThrownBy(
            () ->
                CatalogReader.read(
                    "odd.json",
                    odd.getBytes(StandardCharsets.UTF_8),
                    GameVersion.PRISM,
                    GameVersion.PRISM))
        .hasMessageContaining("unknown version \"maimai でらっくす FUTURE\"");
  }
}
