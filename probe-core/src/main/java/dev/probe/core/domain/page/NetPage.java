package dev.probe.core.domain.page;

import dev.probe.core.domain.Region;

/** A parsed NET page. Use {@code instanceof} patterns to tell the kinds apart. */
public sealed interface NetPage
    permits HomePage,
        PlayerDataPage,
        RecordPage,
        PlayDetailPage,
        ScoreListPage,
        MusicDetailPage,
        RatingTargetPage,
        PhotoAlbumPage,
        FriendCodePage {

  PageKind kind();

  /** The region whose NET served the page (from its host or its language). */
  Region region();
}
