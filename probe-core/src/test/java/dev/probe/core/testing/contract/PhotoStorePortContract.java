package dev.probe.core.testing.contract;

import static dev.probe.core.testing.TestData.ME;
import static dev.probe.core.testing.TestData.SISTER;
import static dev.probe.core.testing.TestData.chart;
import static dev.probe.core.testing.TestData.photo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.probe.core.domain.Photo;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link dev.probe.core.application.port.out.PhotoStorePort}: each photo once, newest first. */
public abstract class PhotoStorePortContract extends StoreContract {

  private final Photo older = photo(ME, T0, chart("Alpha"));
  private final Photo newer = photo(ME, T0.plusSeconds(600), chart("Beta"));

  @Test
  void photosAreCountedOnceAndListedNewestFirst() {
    assertThat(store.photos().savePhotos(List.of(older, newer))).isEqualTo(2);
    assertThat(store.photos().savePhotos(List.of(newer, older))).isZero();
    assertThat(store.photos().photos(ME)).containsExactly(newer, older);
  }

  @Test
  void theSameMinuteOnAnotherChartIsAnotherPhoto() {
    Photo sameMinute = photo(ME, T0, chart("Gamma"));
    assertThat(store.photos().savePhotos(List.of(older, sameMinute))).isEqualTo(2);
  }

  @Test
  void photosArePerPlayer() {
    store.photos().savePhotos(List.of(older));
    assertThat(store.photos().savePhotos(List.of(photo(SISTER, T0, chart("Alpha"))))).isEqualTo(1);
    assertThat(store.photos().photos(SISTER)).hasSize(1);
    assertThat(store.photos().photos(ME)).containsExactly(older);
  }
}
