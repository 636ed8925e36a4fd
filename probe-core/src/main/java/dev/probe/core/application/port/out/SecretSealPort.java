package dev.probe.core.application.port.out;

/**
 * Encrypts and authenticates small secrets with a key kept outside the archive, so that a copy of
 * the database alone reveals nothing.
 */
public interface SecretSealPort {

  /** The secret, encrypted, as printable text. */
  String seal(byte[] secret);

  /**
   * The secret back.
   *
   * @throws dev.probe.core.domain.ProbeException {@code INVALID_INPUT} when the text was sealed
   *     with another key or was altered
   */
  byte[] unseal(String sealed);
}
