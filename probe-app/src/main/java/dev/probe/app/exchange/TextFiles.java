package dev.probe.app.exchange;

import dev.probe.core.domain.ProbeException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads an export file as text. Spreadsheets in China save CSV as GBK, so bytes that are not valid
 * UTF-8 are read as GBK unless the caller names the encoding.
 */
final class TextFiles {
  private TextFiles() {}

  /** The text and the encoding it was read with. */
  record Text(String content, Charset charset) {}

  static Text read(Path file, Charset forced, long maxBytes) {
    byte[] bytes = readBounded(file, maxBytes);
    if (forced != null) {
      return new Text(stripBom(decode(bytes, forced, file)), forced);
    }
    try {
      return new Text(stripBom(strict(bytes, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    } catch (CharacterCodingException notUtf8) {
      Charset gbk = Charset.forName("GBK");
      return new Text(decode(bytes, gbk, file), gbk);
    }
  }

  static byte[] readBounded(Path file, long maxBytes) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (bytes.length > maxBytes) {
        throw new ProbeException(
            ProbeException.Kind.TOO_LARGE,
            file
                + " is larger than "
                + maxBytes / (1024 * 1024)
                + " MiB, the most an import reads; split it or check that it is the right file");
      }
      return bytes;
    } catch (NoSuchFileException e) {
      throw ProbeException.notFound("no such file: " + file);
    } catch (IOException e) {
      throw ProbeException.invalid("cannot read " + file + ": " + e.getMessage());
    }
  }

  private static String decode(byte[] bytes, Charset charset, Path file) {
    try {
      return strict(bytes, charset);
    } catch (CharacterCodingException e) {
      throw ProbeException.invalid(
          file + " is not valid " + charset.name() + " text; name its encoding with --encoding");
    }
  }

  private static String strict(byte[] bytes, Charset charset) throws CharacterCodingException {
    return charset
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
  }

  private static String stripBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
