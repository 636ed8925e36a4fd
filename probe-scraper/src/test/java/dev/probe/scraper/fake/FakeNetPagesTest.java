package dev.probe.scraper.fake;

import static org.assertj.core.api.Assertions.assertThat;

import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.RawPage;
import dev.probe.core.domain.page.NetPage;
import dev.probe.core.domain.page.PhotoAlbumPage;
import dev.probe.core.domain.page.PlayDetailPage;
import dev.probe.core.domain.page.PlayerDataPage;
import dev.probe.core.domain.page.RecordPage;
import dev.probe.scraper.NetPageParser;
import dev.probe.scraper.net.NetClient;
import dev.probe.scraper.net.NetClientSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The fake NET's pages are pages the real parser reads, with what the fake says they hold. */
class FakeNetPagesTest {

  private final NetPageParser parser = new NetPageParser();

  @Test
  void everyPageTheFakeServesParses() {
    try (FakeNetServer net = FakeNetServer.start()) {
      net.play(7);
      NetClient client =
          new NetClient(
              NetClientSettings.defaults()
                  .withPacing(Duration.ZERO, Duration.ZERO)
                  .withBase(net.base()),
              Clock.systemUTC(),
              d -> {});
      var session = net.session(new PlayerId("me"));

      var data = client.fetch(session, "playerData/");
      PlayerDataPage playerData = (PlayerDataPage) parse(data.page());
      assertThat(playerData.playCountTotal()).isEqualTo(net.counter());
      assertThat(playerData.player().name()).isEqualTo("ＰＲＯＢＥ");

      var rec = client.fetch(data.session(), "record/");
      RecordPage record = (RecordPage) parse(rec.page());
      assertThat(record.plays()).hasSize(50);
      FakePlay newest = net.plays().get(0);
      assertThat(record.plays().get(0).detailIdx()).isEqualTo(newest.idx());
      assertThat(record.plays().get(0).playedAt()).isEqualTo(Instant.ofEpochSecond(newest.epoch()));
      assertThat(record.plays().get(0).track()).isEqualTo(newest.track());

      var det =
          client.fetch(
              rec.session(), "record/playlogDetail/?idx=" + newest.slot() + "%2C" + newest.epoch());
      PlayDetailPage detail = (PlayDetailPage) parse(det.page());
      assertThat(detail.play().playedAt()).isEqualTo(Instant.ofEpochSecond(newest.epoch()));
      assertThat(detail.play().chart()).isEqualTo(record.plays().get(0).chart());
      assertThat(detail.detail().fast()).isEqualTo(12);

      var alb = client.fetch(det.session(), "playerData/photo/");
      PhotoAlbumPage album = (PhotoAlbumPage) parse(alb.page());
      assertThat(album.photos()).hasSize(3);
    }
  }

  @Test
  void theUnchangedRecordPageIsTheRealOne() {
    try (FakeNetServer net = FakeNetServer.start()) {
      NetClient client =
          new NetClient(
              NetClientSettings.defaults()
                  .withPacing(Duration.ZERO, Duration.ZERO)
                  .withBase(net.base()),
              Clock.systemUTC(),
              d -> {});
      var rec = client.fetch(net.session(new PlayerId("me")), "record/");
      assertThat(rec.page().body()).isEqualTo(new RecordTemplates().originalPage());
      assertThat(((RecordPage) parse(rec.page())).plays()).hasSize(50);
    }
  }

  private NetPage parse(RawPage page) {
    return parser.parse(page);
  }
}
