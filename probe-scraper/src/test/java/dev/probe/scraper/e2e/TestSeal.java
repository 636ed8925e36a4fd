package dev.probe.scraper.e2e;

import dev.probe.core.application.port.out.SecretSealPort;
import dev.probe.core.domain.ProbeException;
import java.util.Base64;

/**
 * A stand-in seal for the scraper's tests: XOR with a one-byte key, base64, tagged with the key so
 * another key refuses it. Not encryption; the real one (AES-GCM) lives in the app and is tested
 * there.
 */
final class TestSeal implements SecretSealPort {

  private final byte key;

  TestSeal(int key) {
    this.key = (byte) key;
  }

  @Override
  public String seal(byte[] secret) {
    byte[] out = secret.clone();
    for (int i = 0; i < out.length; i++) {
      out[i] ^= key;
    }
    return "k" + key + ":" + Base64.getEncoder().encodeToString(out);
  }

  @Override
  public byte[] unseal(String sealed) {
    if (!sealed.startsWith("k" + key + ":")) {
      throw ProbeException.invalid("sealed with another key");
    }
    byte[] out = Base64.getDecoder().decode(sealed.substring(sealed.indexOf(':') + 1));
    for (int i = 0; i < out.length; i++) {
      out[i] ^= key;
    }
    return out;
  }
}
