package dev.probe.core.domain;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Paths of NET pages relative to a region's {@code /maimai-mobile/}, shared by the code that
 * fetches pages and the code that finds their stored copies.
 */
public final class NetPaths {

  public static final String HOME = "home/";
  public static final String PLAYER_DATA = "playerData/";
  public static final String RECORD = "record/";
  public static final String PHOTO_ALBUM = "playerData/photo/";
  public static final String RATING_TARGET = "home/ratingTargetMusic/";
  public static final String FRIEND_CODE = "friend/userFriendCode/";

  private NetPaths() {}

  /** {@code record/playlogDetail/?idx=14%2C1769098716} for the idx {@code 14,1769098716}. */
  public static String playDetail(String detailIdx) {
    return "record/playlogDetail/?idx=" + URLEncoder.encode(detailIdx, StandardCharsets.UTF_8);
  }

  /** The absolute URL of a path on a region's NET. */
  public static URI url(Region region, String path) {
    return region.netBase().resolve(path);
  }
}
