package dev.probe.app;

import dev.probe.core.domain.ProbeException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key that seals kept SEGA ID logins, never in the database: {@code PROBE_SECRET_KEY} (base64
 * of 32 bytes; for a server whose disk is not its own) or else {@code PROBE_HOME/secret.key}, made
 * on first need and readable by the owner only (0600). Losing the key only loses the kept logins:
 * the player logs in again.
 */
final class SecretKeyFile {

  static final String FILE = "secret.key";
  static final String VARIABLE = "PROBE_SECRET_KEY";
  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");

  private final Path file;
  private final String fromEnvironment;

  SecretKeyFile(Path home, Map<String, String> environment) {
    this.file = home.resolve(FILE);
    this.fromEnvironment = environment.getOrDefault(VARIABLE, "").strip();
  }

  /** The key, made now if there is none yet. */
  SecretKey loadOrCreate() {
    return load().orElseGet(this::create);
  }

  /** The key if one exists. */
  Optional<SecretKey> load() {
    if (!fromEnvironment.isEmpty()) {
      return Optional.of(decode(fromEnvironment, VARIABLE));
    }
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(decode(Files.readString(file, StandardCharsets.US_ASCII).strip(), file));
    } catch (IOException e) {
      throw unusable(e);
    }
  }

  Path file() {
    return file;
  }

  private SecretKey create() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    try {
      Files.createDirectories(file.getParent());
      try {
        Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
      } catch (UnsupportedOperationException e) {
        Files.createFile(file); // not POSIX: the home folder's own permissions apply
      }
      Files.writeString(
          file, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
      return new SecretKeySpec(key, "AES");
    } catch (FileAlreadyExistsException e) {
      return load().orElseThrow(() -> unusable(e)); // made by another start a moment ago
    } catch (IOException e) {
      throw unusable(e);
    }
  }

  private static SecretKey decode(String base64, Object where) {
    byte[] key;
    try {
      key = Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      key = new byte[0];
    }
    if (key.length != 32) {
      throw ProbeException.invalid(
          where + " must hold a base64 key of 32 bytes (e.g. from `openssl rand -base64 32`)");
    }
    return new SecretKeySpec(key, "AES");
  }

  private ProbeException unusable(Exception e) {
    return new ProbeException(
        ProbeException.Kind.STORE_UNAVAILABLE,
        "cannot keep the secret key in " + file + ": " + e.getClass().getSimpleName(),
        e);
  }

  @Override
  public String toString() {
    return "SecretKeyFile[" + (fromEnvironment.isEmpty() ? file : VARIABLE) + "]";
  }
}
