package dev.probe.core.application.port.in;

import dev.probe.core.domain.GameVersion;
import dev.probe.core.domain.ProbeException;
import dev.probe.core.domain.Region;
import java.util.Optional;

/**
 * @param sourceName the file name or URL, for messages
 * @param content the file's bytes (UTF-8 JSON)
 * @param region the region the catalogue describes (Diving-Fish and LXNS describe CN)
 * @param version the game version its constants belong to; null for the region's current one
 */
public record ImportCatalogCommand(
    String sourceName, byte[] content, Region region, GameVersion version) {

  /** Catalogue files hold about 1,600 songs; anything far larger is not one. */
  public static final int MAX_BYTES = 64 * 1024 * 1024;

  public ImportCatalogCommand {
    sourceName = sourceName == null || sourceName.isBlank() ? "catalogue" : sourceName;
    Require.present(content, "the catalogue file");
    Require.present(region, "the catalogue's region");
    if (content.length == 0) {
      throw ProbeException.invalid(sourceName + " is empty");
    }
    if (content.length > MAX_BYTES) {
      throw new ProbeException(
          ProbeException.Kind.TOO_LARGE,
          sourceName + " is " + content.length + " bytes; a catalogue is far smaller");
    }
    content = content.clone();
  }

  @Override
  public byte[] content() {
    return content.clone();
  }

  public Optional<GameVersion> versionIfGiven() {
    return Optional.ofNullable(version);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ImportCatalogCommand c
        && sourceName.equals(c.sourceName)
        && java.util.Arrays.equals(content, c.content)
        && region == c.region
        && version == c.version;
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(sourceName, java.util.Arrays.hashCode(content), region, version);
  }

  @Override
  public String toString() {
    return "ImportCatalogCommand[" + sourceName + ", " + content.length + " bytes, " + region + "]";
  }
}
