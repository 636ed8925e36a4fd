package dev.probe.web;

/** The colour band behind a DX rating, keyed on the number (MAIMAI-RULES §2.3). */
final class RatingBand {
  private static final int[] FROM = {
    16000, 15000, 14500, 14000, 13000, 12000, 10000, 7000, 4000, 2000, 1000
  };
  private static final String[] NAME = {
    "rainbow_kiwami",
    "rainbow",
    "platinum",
    "gold",
    "silver",
    "bronze",
    "purple",
    "red",
    "orange",
    "green",
    "blue"
  };

  private RatingBand() {}

  static String of(int rating) {
    for (int i = 0; i < FROM.length; i++) {
      if (rating >= FROM[i]) {
        return NAME[i];
      }
    }
    return "normal";
  }
}
