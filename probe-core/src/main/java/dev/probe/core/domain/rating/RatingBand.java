package dev.probe.core.domain.rating;

/**
 * The colour of the frame behind a DX RATING, keyed on the number (the image name is only a hint).
 */
public enum RatingBand {
  NORMAL(0, "rating_base_normal"),
  BLUE(1000, "rating_base_blue"),
  GREEN(2000, "rating_base_green"),
  ORANGE(4000, "rating_base_orange"),
  RED(7000, "rating_base_red"),
  PURPLE(10000, "rating_base_purple"),
  BRONZE(12000, "rating_base_bronze"),
  SILVER(13000, "rating_base_silver"),
  GOLD(14000, "rating_base_gold"),
  PLATINUM(14500, "rating_base_platinum"),
  RAINBOW(15000, "rating_base_rainbow"),
  /** Reported for CiRCLE PLUS; from third-party code only. */
  RAINBOW_KIWAMI(16000, "rating_base_rainbow_kiwami");

  private final int from;
  private final String image;

  RatingBand(int from, String image) {
    this.from = from;
    this.image = image;
  }

  /** The lowest rating in this band. */
  public int from() {
    return from;
  }

  /** NET's image name (ORANGE is also seen as {@code rating_base_yellow}). */
  public String image() {
    return image;
  }

  public static RatingBand of(int rating) {
    RatingBand found = NORMAL;
    for (RatingBand b : values()) {
      if (rating >= b.from) {
        found = b;
      }
    }
    return found;
  }
}
