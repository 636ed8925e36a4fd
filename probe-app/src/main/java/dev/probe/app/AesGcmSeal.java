package dev.probe.app;

import dev.probe.core.application.port.out.SecretSealPort;
import dev.probe.core.domain.ProbeException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Seals kept logins with AES-256-GCM: a fresh 12-byte nonce each time, a 128-bit tag, and a fixed
 * label as associated data, written as {@code v1.<base64url(nonce ‖ ciphertext ‖ tag)>}. Another
 * key or any change to the text fails the tag and is refused.
 */
final class AesGcmSeal implements SecretSealPort {

  private static final String PREFIX = "v1.";
  private static final byte[] LABEL =
      "probe kept SEGA ID login v1".getBytes(StandardCharsets.UTF_8);
  private static final int NONCE = 12;
  private static final int TAG_BITS = 128;

  private final SecretKeyFile keys;
  private final SecureRandom random = new SecureRandom();

  AesGcmSeal(SecretKeyFile keys) {
    this.keys = keys;
  }

  @Override
  public String seal(byte[] secret) {
    byte[] nonce = new byte[NONCE];
    random.nextBytes(nonce);
    try {
      Cipher cipher = cipher(Cipher.ENCRYPT_MODE, keys.loadOrCreate(), nonce);
      byte[] sealed = cipher.doFinal(secret);
      byte[] out = Arrays.copyOf(nonce, NONCE + sealed.length);
      System.arraycopy(sealed, 0, out, NONCE, sealed.length);
      return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is part of every JDK", e);
    }
  }

  @Override
  public byte[] unseal(String sealed) {
    SecretKey key =
        keys.load()
            .orElseThrow(
                () -> ProbeException.invalid("there is no secret key (" + keys + ") to open it"));
    byte[] all;
    try {
      if (!sealed.startsWith(PREFIX)) {
        throw new IllegalArgumentException("no version");
      }
      all = Base64.getUrlDecoder().decode(sealed.substring(PREFIX.length()));
    } catch (IllegalArgumentException e) {
      throw ProbeException.invalid("the kept login is not in a form probe wrote");
    }
    if (all.length <= NONCE) {
      throw ProbeException.invalid("the kept login is cut short");
    }
    try {
      Cipher cipher = cipher(Cipher.DECRYPT_MODE, key, Arrays.copyOf(all, NONCE));
      return cipher.doFinal(all, NONCE, all.length - NONCE);
    } catch (GeneralSecurityException e) {
      throw ProbeException.invalid("the kept login was sealed with another key or was altered");
    }
  }

  private static Cipher cipher(int mode, SecretKey key, byte[] nonce)
      throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
    cipher.updateAAD(LABEL);
    return cipher;
  }

  @Override
  public String toString() {
    return "AesGcmSeal[" + keys + "]";
  }
}
