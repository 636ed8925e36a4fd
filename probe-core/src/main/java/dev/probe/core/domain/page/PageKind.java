package dev.probe.core.domain.page;

/** Every NET page kind probe reads. Errors and unknown pages are not kinds: they are exceptions. */
public enum PageKind {
  HOME,
  PLAYER_DATA,
  RECORD,
  PLAY_DETAIL,
  SCORE_LIST,
  MUSIC_DETAIL,
  RATING_TARGET,
  PHOTO_ALBUM,
  FRIEND_CODE
}
