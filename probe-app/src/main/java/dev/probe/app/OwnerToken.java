package dev.probe.app;

import dev.probe.core.domain.ProbeException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The owner's token: made on the first start, kept in {@code PROBE_HOME/owner-token} readable by
 * the owner only. Every write to the web application needs it.
 *
 * @param value the token
 * @param created whether this start made it (then it is printed, once)
 * @param file where it is kept
 */
record OwnerToken(String value, boolean created, Path file) {
  static final String FILE = "owner-token";

  static OwnerToken loadOrCreate(Path home) {
    Path file = home.resolve(FILE);
    try {
      Files.createDirectories(home);
      if (Files.exists(file)) {
        String token = Files.readString(file, StandardCharsets.UTF_8).strip();
        if (token.length() < 20) {
          throw ProbeException.invalid(
              file + " holds no usable token; delete it to make a new one");
        }
        return new OwnerToken(token, false, file);
      }
      byte[] random = new byte[32];
      new SecureRandom().nextBytes(random);
      String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
      Files.writeString(file, token + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
      ownerOnly(file);
      return new OwnerToken(token, true, file);
    } catch (FileAlreadyExistsException e) {
      return loadOrCreate(home); // another start made it a moment ago
    } catch (IOException e) {
      throw new ProbeException(
          ProbeException.Kind.STORE_UNAVAILABLE,
          "cannot keep the owner token in " + file + ": " + e.getMessage(),
          e);
    }
  }

  private static void ownerOnly(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: the home folder's own permissions apply
    }
  }

  /** Never the token itself. */
  @Override
  public String toString() {
    return "OwnerToken[" + file + "]";
  }
}
