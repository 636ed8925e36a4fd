package dev.probe.app;

import dev.probe.core.domain.ProbeException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The remote's owner token for pushes: {@code PROBE_PUSH_TOKEN}, else the first line of a file
 * ({@code --token-file}, or {@code PROBE_PUSH_TOKEN_FILE}). Never printed.
 */
final class PushToken {
  private PushToken() {}

  static String read(Map<String, String> env, Path tokenFile) {
    String fromEnv = env.getOrDefault("PROBE_PUSH_TOKEN", "").strip();
    if (!fromEnv.isEmpty()) {
      return fromEnv;
    }
    Path file = tokenFile;
    if (file == null && !env.getOrDefault("PROBE_PUSH_TOKEN_FILE", "").isBlank()) {
      file = Path.of(env.get("PROBE_PUSH_TOKEN_FILE").strip());
    }
    if (file == null) {
      throw ProbeException.invalid(
          "no token for the remote probe: set PROBE_PUSH_TOKEN or give --token-file FILE");
    }
    try {
      String token = Files.readString(file, StandardCharsets.UTF_8).lines().findFirst().orElse("");
      if (token.isBlank()) {
        throw ProbeException.invalid("the token file " + file + " is empty");
      }
      return token.strip();
    } catch (IOException e) {
      throw ProbeException.invalid("cannot read the token file " + file + ": " + e.getMessage());
    }
  }
}
