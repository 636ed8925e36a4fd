package dev.probe.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.probe.core.domain.ProbeException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kept logins are sealed with AES-GCM under a key outside the database. */
class AesGcmSealTest {

  private static final byte[] SECRET = "player01\u0000pa55-w0rd!".getBytes(StandardCharsets.UTF_8);

  @TempDir Path home;
  @TempDir Path otherHome;

  @Test
  void sealsWithAFreshNonceAndOpensWithTheSameKeyOnly() throws Exception {
    AesGcmSeal seal = new AesGcmSeal(new SecretKeyFile(home, Map.of()));
    String once = seal.seal(SECRET);
    String twice = seal.seal(SECRET);

    assertThat(once).startsWith("v1.").isNotEqualTo(twice).doesNotContain("pa55");
    assertThat(Base64.getUrlDecoder().decode(once.substring(3)))
        .asString(StandardCharsets.ISO_8859_1)
        .doesNotContain("pa55-w0rd!")
        .doesNotContain("player01");
    assertThat(seal.unseal(once)).isEqualTo(SECRET);

    Path key = home.resolve(SecretKeyFile.FILE);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key)))
        .isEqualTo("rw-------");
    assertThat(Files.readString(key)).doesNotContain("pa55");

    AesGcmSeal other = new AesGcmSeal(new SecretKeyFile(otherHome, Map.of()));
    other.seal(new byte[] {1}); // makes its own key
    assertThatThrownBy(() -> other.unseal(once))
        .isInstanceOf(ProbeException.class)
        .hasMessageContaining("another key");
  }

  @Test
  void anAlteredOrForeignTextIsRefused() {
    AesGcmSeal seal = new AesGcmSeal(new SecretKeyFile(home, Map.of()));
    String sealed = seal.seal(SECRET);
    // A character in the middle: every bit of it is data (the last one may hold padding bits).
    int at = sealed.length() / 2;
    char c = sealed.charAt(at);
    String altered = sealed.substring(0, at) + (c == 'A' ? 'B' : 'A') + sealed.substring(at + 1);

    assertThatThrownBy(() -> seal.unseal(altered)).hasMessageContaining("altered");
    assertThatThrownBy(() -> seal.unseal("plain text")).hasMessageContaining("not in a form");
    assertThatThrownBy(() -> seal.unseal("v1.AAAA")).hasMessageContaining("cut short");
  }

  @Test
  void theKeyMayComeFromTheEnvironmentAndThenNoFileIsWritten() {
    String key = Base64.getEncoder().encodeToString(new byte[32]);
    AesGcmSeal seal = new AesGcmSeal(new SecretKeyFile(home, Map.of("PROBE_SECRET_KEY", key)));
    String sealed = seal.seal(SECRET);

    assertThat(Files.exists(home.resolve(SecretKeyFile.FILE))).isFalse();
    assertThat(seal.unseal(sealed)).isEqualTo(SECRET);
    assertThatThrownBy(() -> new AesGcmSeal(new SecretKeyFile(home, Map.of())).unseal(sealed))
        .hasMessageContaining("no secret key");
    assertThatThrownBy(
            () ->
                new AesGcmSeal(new SecretKeyFile(home, Map.of("PROBE_SECRET_KEY", "short")))
                    .seal(SECRET))
        .hasMessageContaining("32 bytes");
  }
}
