package dev.probe.core.domain.catalog;

import dev.probe.core.domain.GameVersion;
import dev.probe.core.domain.ProbeException;
import java.util.List;
import java.util.Map;

/**
 * Reads a song catalogue the player supplies: the Diving-Fish {@code music_data} array or the LXNS
 * song list (both describe CN). No catalogue is ever shipped with probe.
 */
public final class CatalogReader {

  private CatalogReader() {}

  /**
   * Detects the format and maps it.
   *
   * @param sourceName the file's name, for messages
   * @param utf8 the file
   * @param constantsVersion the game version the file's constants belong to
   * @param currentVersion the version whose "new" songs the file's flags describe
   * @throws ProbeException {@code INVALID_INPUT} with line and column when the file is not valid
   *     JSON or not one of the formats
   */
  public static CatalogData read(
      String sourceName, byte[] utf8, GameVersion constantsVersion, GameVersion currentVersion) {
    JsonNode root = JsonReader.read(sourceName, utf8);
    if (root.value() instanceof List<?> list
        && !list.isEmpty()
        && list.get(0) instanceof JsonNode first
        && first.value() instanceof Map<?, ?> m
        && m.containsKey("basic_info")) {
      return DivingFishCatalog.map(root, constantsVersion);
    }
    if (root.value() instanceof Map<?, ?> m
        && m.get("songs") instanceof JsonNode songs
        && songs.value() instanceof List<?>) {
      return LxnsCatalog.map(root, currentVersion);
    }
    throw root.error(
        "not a catalogue probe reads: expected a Diving-Fish music_data array (elements with"
            + " \"basic_info\") or an LXNS song list (an object with \"songs\")");
  }
}
