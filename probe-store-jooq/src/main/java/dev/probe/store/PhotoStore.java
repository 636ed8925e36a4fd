package dev.probe.store;

import static dev.probe.store.gen.Tables.CHART_REF;
import static dev.probe.store.gen.Tables.PHOTO;

import dev.probe.core.application.port.out.PhotoStorePort;
import dev.probe.core.domain.ChartId;
import dev.probe.core.domain.ChartIds;
import dev.probe.core.domain.Photo;
import dev.probe.core.domain.PlayerId;
import dev.probe.store.ChartKeys.Wording;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Every album photo ever seen; (player, time, chart) is a photo's identity. */
final class PhotoStore implements PhotoStorePort {

  private final StoreTx tx;

  PhotoStore(StoreTx tx) {
    this.tx = tx;
  }

  @Override
  public int savePhotos(List<Photo> photos) {
    if (photos.isEmpty()) {
      return 0;
    }
    return tx.write(
        dsl -> {
          Map<ChartId, Integer> charts =
              ChartKeys.resolve(dsl, photos.stream().map(p -> ChartIds.of(p.chart())).toList());
          Map<Wording, Integer> refs =
              ChartKeys.resolveRefs(
                  dsl,
                  photos.stream()
                      .map(p -> new Wording(charts.get(ChartIds.of(p.chart())), p.chart()))
                      .toList());
          int added = 0;
          for (Photo p :
              photos.stream()
                  .sorted(
                      Comparator.comparing((Photo p) -> p.player().value())
                          .thenComparing(Photo::takenAt))
                  .toList()) {
            int chartPk = charts.get(ChartIds.of(p.chart()));
            added +=
                dsl.insertInto(PHOTO)
                    .set(PHOTO.PLAYER, p.player().value())
                    .set(PHOTO.TAKEN_AT, PlayRows.utc(p.takenAt()))
                    .set(PHOTO.CHART_PK, chartPk)
                    .set(PHOTO.REF_PK, refs.get(new Wording(chartPk, p.chart())))
                    .set(PHOTO.IMAGE_URL, p.imageUrl())
                    .set(PHOTO.IMAGE_SHA256, p.imageSha256())
                    .onConflictDoNothing()
                    .execute();
          }
          return added;
        });
  }

  @Override
  public List<Photo> photos(PlayerId player) {
    return tx.read(
        dsl ->
            dsl.select(PHOTO.fields())
                .select(CHART_REF.fields())
                .from(PHOTO)
                .join(CHART_REF)
                .on(CHART_REF.PK.eq(PHOTO.REF_PK))
                .where(PHOTO.PLAYER.eq(player.value()))
                .orderBy(PHOTO.TAKEN_AT.desc(), PHOTO.CHART_PK)
                .fetch(
                    r ->
                        new Photo(
                            player,
                            r.get(PHOTO.TAKEN_AT).toInstant(),
                            ChartKeys.ref(r),
                            r.get(PHOTO.IMAGE_URL),
                            r.get(PHOTO.IMAGE_SHA256))));
  }
}
