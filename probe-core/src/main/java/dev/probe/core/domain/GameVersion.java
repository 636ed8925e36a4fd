package dev.probe.core.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * maimai versions in release order, with NET's version index, SEGA's version code and the JP
 * release date. A new version is one new line here.
 */
public enum GameVersion {
  MAIMAI(0, 10000, "maimai", "2012-07-11"),
  MAIMAI_PLUS(1, 11000, "maimai PLUS", "2012-12-13"),
  GREEN(2, 12000, "GreeN", "2013-07-11"),
  GREEN_PLUS(3, 13000, "GreeN PLUS", "2014-02-26"),
  ORANGE(4, 14000, "ORANGE", "2014-09-18"),
  ORANGE_PLUS(5, 15000, "ORANGE PLUS", "2015-03-19"),
  PINK(6, 16000, "PiNK", "2015-12-09"),
  PINK_PLUS(7, 17000, "PiNK PLUS", "2016-06-30"),
  MURASAKI(8, 18000, "MURASAKi", "2016-12-15"),
  MURASAKI_PLUS(9, 18500, "MURASAKi PLUS", "2017-06-22"),
  MILK(10, 19000, "MiLK", "2017-12-14"),
  MILK_PLUS(11, 19500, "MiLK PLUS", "2018-06-21"),
  FINALE(12, 19900, "FiNALE", "2018-12-13"),
  DX(13, 20000, "maimaiでらっくす", "2019-07-11"),
  DX_PLUS(14, 20500, "maimaiでらっくす PLUS", "2020-01-23"),
  SPLASH(15, 21000, "Splash", "2020-09-17"),
  SPLASH_PLUS(16, 21500, "Splash PLUS", "2021-03-18"),
  UNIVERSE(17, 22000, "UNiVERSE", "2021-09-16"),
  UNIVERSE_PLUS(18, 22500, "UNiVERSE PLUS", "2022-03-24"),
  FESTIVAL(19, 23000, "FESTiVAL", "2022-09-15"),
  FESTIVAL_PLUS(20, 23500, "FESTiVAL PLUS", "2023-03-23"),
  BUDDIES(21, 24000, "BUDDiES", "2023-09-14"),
  BUDDIES_PLUS(22, 24500, "BUDDiES PLUS", "2024-03-21"),
  PRISM(23, 25000, "PRiSM", "2024-09-12"),
  PRISM_PLUS(24, 25500, "PRiSM PLUS", "2025-03-13"),
  CIRCLE(25, 26000, "CiRCLE", "2025-09-18"),
  CIRCLE_PLUS(26, 26500, "CiRCLE PLUS", "2026-03-19");

  private final int netIndex;
  private final int code;
  private final String label;
  private final LocalDate jpRelease;

  GameVersion(int netIndex, int code, String label, String jpRelease) {
    this.netIndex = netIndex;
    this.code = code;
    this.label = label;
    this.jpRelease = LocalDate.parse(jpRelease);
  }

  /** NET's {@code musicVersion/search/?version=} value. */
  public int netIndex() {
    return netIndex;
  }

  /** SEGA's version code (25500 = PRiSM PLUS); also the LXNS version id. */
  public int code() {
    return code;
  }

  /** The JP/intl name. */
  public String label() {
    return label;
  }

  public LocalDate jpRelease() {
    return jpRelease;
  }

  /** The version whose base code is the largest not above {@code code} (25505 → PRiSM PLUS). */
  public static Optional<GameVersion> ofCode(int code) {
    GameVersion found = null;
    for (GameVersion v : values()) {
      if (v.code <= code) {
        found = v;
      }
    }
    return Optional.ofNullable(found);
  }
}
