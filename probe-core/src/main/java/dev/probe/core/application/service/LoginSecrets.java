package dev.probe.core.application.service;

import dev.probe.core.domain.ProbeException;
import dev.probe.core.domain.SegaCredentials;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/** The plain bytes a kept login is sealed from: a version, the SEGA ID, the password, the card. */
final class LoginSecrets {

  private static final int VERSION = 1;

  /** A kept login read back. */
  record Kept(SegaCredentials credentials, int card) {}

  private LoginSecrets() {}

  static byte[] encode(SegaCredentials credentials, int card) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(VERSION);
      out.writeUTF(credentials.segaId());
      out.writeUTF(credentials.password());
      out.writeInt(card);
    } catch (IOException e) {
      throw new IllegalStateException("in-memory write failed", e);
    }
    return bytes.toByteArray();
  }

  static Kept decode(byte[] plain) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(plain))) {
      if (in.readByte() != VERSION) {
        throw new IOException("unknown version");
      }
      SegaCredentials credentials = new SegaCredentials(in.readUTF(), in.readUTF());
      return new Kept(credentials, in.readInt());
    } catch (IOException e) {
      throw ProbeException.invalid(
          "the kept SEGA ID login cannot be read; log in again to keep it anew");
    }
  }
}
