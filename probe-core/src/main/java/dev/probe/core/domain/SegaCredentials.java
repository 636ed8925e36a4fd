package dev.probe.core.domain;

/**
 * A SEGA ID and its password. Secret: {@link #toString()} shows neither, and nothing may log them.
 *
 * @param segaId the SEGA ID (login name)
 * @param password its password
 */
public record SegaCredentials(String segaId, String password) {
  public SegaCredentials {
    if (segaId == null || segaId.isBlank() || password == null || password.isEmpty()) {
      throw ProbeException.invalid("give both the SEGA ID and its password");
    }
    if (segaId.length() > 256 || password.length() > 256) {
      throw ProbeException.invalid("the SEGA ID or password is longer than SEGA allows");
    }
    if (segaId.chars().anyMatch(Character::isISOControl)) {
      throw ProbeException.invalid("the SEGA ID contains a control character");
    }
    segaId = segaId.strip();
  }

  @Override
  public String toString() {
    return "SegaCredentials[***]";
  }
}
