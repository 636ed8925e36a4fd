package dev.probe.core.testing.contract;

import static dev.probe.core.testing.TestData.ME;
import static dev.probe.core.testing.TestData.SISTER;
import static dev.probe.core.testing.TestData.page;
import static org.assertj.core.api.Assertions.assertThat;

import dev.probe.core.domain.RawPage;
import dev.probe.core.domain.RawPageRef;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link dev.probe.core.application.port.out.RawPageStorePort}: bodies once per SHA-256 and byte
 * for byte; every sighting recorded (the same page, URL and time in one run is one sighting).
 */
public abstract class RawPageStorePortContract extends StoreContract {

  @Test
  void aPageComesBackByteForByteUnderItsHash() {
    byte[] odd = {0, (byte) 0xff, (byte) 0xe3, (byte) 0x80, (byte) 0x80, 13, 10, 0};
    RawPage p = new RawPage(URI.create("file:/saved/record.html"), T0, odd);
    String sha = store.rawPages().saveRawPage(ME, startRun(T0), p);
    assertThat(sha).isEqualTo(p.sha256()).hasSize(64);
    assertThat(store.rawPages().loadRawPage(sha).orElseThrow().body()).isEqualTo(odd);
    assertThat(store.rawPages().loadRawPage("0".repeat(64))).isEmpty();
  }

  @Test
  void theBodyIsStoredOnceWithItsFirstSightingAndEverySightingIsListed() {
    RawPage first = page("record/", T0, "<html>same</html>");
    RawPage again = page("record/?again", T0.plusSeconds(60), "<html>same</html>");
    long run1 = startRun(T0);
    long run2 = startRun(T0.plusSeconds(60));
    store.rawPages().saveRawPage(ME, run1, first);
    store.rawPages().saveRawPage(ME, run2, again);
    RawPage stored = store.rawPages().loadRawPage(first.sha256()).orElseThrow();
    assertThat(stored.url()).isEqualTo(first.url());
    assertThat(stored.fetchedAt()).isEqualTo(T0);
    List<RawPageRef> refs = store.rawPages().rawPages(ME);
    assertThat(refs)
        .containsExactly(
            new RawPageRef(first.sha256(), ME, run1, first.url(), T0, first.size()),
            new RawPageRef(
                first.sha256(), ME, run2, again.url(), T0.plusSeconds(60), first.size()));
  }

  @Test
  void savingTheSameSightingTwiceKeepsOne() {
    RawPage p = page("home/", T0, "home");
    long run = startRun(T0);
    store.rawPages().saveRawPage(ME, run, p);
    store.rawPages().saveRawPage(ME, run, p);
    assertThat(store.rawPages().rawPages(ME)).hasSize(1);
  }

  @Test
  void theLatestSightingOfAUrlIsFoundPerPlayer() {
    RawPage old = page("record/playlogDetail/?idx=1%2C100", T0, "old");
    RawPage fresh = page("record/playlogDetail/?idx=1%2C100", T0.plusSeconds(5), "new");
    long run = startRun(T0);
    store.rawPages().saveRawPage(ME, run, fresh);
    store.rawPages().saveRawPage(ME, run, old);
    String url = old.url().toString();
    assertThat(store.rawPages().latestRawPage(ME, url).orElseThrow().sha256())
        .isEqualTo(fresh.sha256());
    assertThat(store.rawPages().latestRawPage(SISTER, url)).isEmpty();
    assertThat(store.rawPages().latestRawPage(ME, url + "x")).isEmpty();
    assertThat(store.rawPages().rawPages(ME))
        .extracting(RawPageRef::fetchedAt)
        .containsExactly(T0, T0.plusSeconds(5));
  }

  @Test
  void aLargePageSurvives() {
    byte[] big = new byte[3 * 1024 * 1024];
    for (int i = 0; i < big.length; i++) {
      big[i] = (byte) (i * 31 + 7);
    }
    RawPage p = new RawPage(URI.create("file:/big.html"), Instant.EPOCH, big);
    String sha = store.rawPages().saveRawPage(ME, startRun(T0), p);
    assertThat(store.rawPages().loadRawPage(sha).orElseThrow().body()).isEqualTo(big);
  }
}
