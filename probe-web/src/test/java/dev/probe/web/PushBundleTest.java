package dev.probe.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.probe.core.domain.ProbeException;
import dev.probe.core.domain.RawPage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class PushBundleTest {
  private static final long LIMIT = 1 << 20;

  private static RawPage page(String path, String html) {
    return new RawPage(
        URI.create("https://maimaidx-eng.com/maimai-mobile/" + path),
        Instant.parse("2026-11-26T09:15:30.123Z"),
        html.getBytes(StandardCharsets.UTF_8));
  }

  private final List<RawPage> pages =
      List.of(
          page("record/", "<html><body>record list 舞萌</body></html>"),
          page("record/playlogDetail/?idx=14%2C1769098716", "<html>detail</html>"),
          page("home/", ""));

  @Test
  void pagesComeBackExactlyAsWritten() {
    assertThat(PushBundle.read(PushBundle.write(pages), LIMIT)).isEqualTo(pages);
  }

  @Test
  void aZipCutShortAnywhereIsRefusedWhole() {
    byte[] zip = PushBundle.write(pages);
    for (int length = 1; length < zip.length; length += 7) {
      byte[] cut = Arrays.copyOf(zip, length);
      assertThatThrownBy(() -> PushBundle.read(cut, LIMIT))
          .as("cut at %d of %d bytes", length, zip.length)
          .isInstanceOfSatisfying(
              ProbeException.class, e -> assertKind(e, ProbeException.Kind.INVALID_INPUT));
    }
  }

  @Test
  void anEmptyBodyOrSomethingElseThanAZipIsRefused() {
    assertThatThrownBy(() -> PushBundle.read(new byte[0], LIMIT)).hasMessageContaining("no body");
    assertThatThrownBy(
            () -> PushBundle.read("<html></html>".getBytes(StandardCharsets.UTF_8), LIMIT))
        .hasMessageContaining("not a complete zip");
  }

  @Test
  void aPageThatDoesNotMatchItsChecksumIsRefused() throws IOException {
    byte[] zip =
        zip(
            "pages/000001.html",
            "<html>changed</html>",
            PushBundle.MANIFEST,
            PushBundle.HEADER
                + "\npages/000001.html\t"
                + page("home/", "<html>original</html>").sha256()
                + "\t2026-11-26T09:15:30Z\thttps://maimaidx-eng.com/maimai-mobile/home/\n");

    assertThatThrownBy(() -> PushBundle.read(zip, LIMIT)).hasMessageContaining("checksum");
  }

  @Test
  void aZipWithoutManifestOrWithStrayEntriesIsRefused() throws IOException {
    byte[] noManifest = zip("pages/000001.html", "<html></html>");
    byte[] stray = zip("evil/../x.html", "x", PushBundle.MANIFEST, PushBundle.HEADER + "\n");

    assertThatThrownBy(() -> PushBundle.read(noManifest, LIMIT))
        .hasMessageContaining("probe-push.tsv");
    assertThatThrownBy(() -> PushBundle.read(stray, LIMIT)).hasMessageContaining("does not name");
  }

  @Test
  void badManifestLinesSayWhichLine() throws IOException {
    byte[] badTime =
        zip(
            "pages/000001.html",
            "<html></html>",
            PushBundle.MANIFEST,
            PushBundle.HEADER + "\npages/000001.html\tab\tyesterday\thttps://x/\n");

    assertThatThrownBy(() -> PushBundle.read(badTime, LIMIT))
        .hasMessageContaining("line 2")
        .hasMessageContaining("yesterday");
  }

  @Test
  void aZipThatUnpacksBeyondTheLimitIsTooLarge() {
    byte[] bomb = PushBundle.write(List.of(page("home/", "a".repeat(2_000_000))));

    assertThat(bomb.length).isLessThan(10_000);
    assertThatThrownBy(() -> PushBundle.read(bomb, LIMIT))
        .isInstanceOfSatisfying(
            ProbeException.class, e -> assertKind(e, ProbeException.Kind.TOO_LARGE));
  }

  private static void assertKind(ProbeException e, ProbeException.Kind kind) {
    assertThat(e.kind()).isEqualTo(kind);
  }

  private static byte[] zip(String... namesAndContents) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (int i = 0; i < namesAndContents.length; i += 2) {
        zip.putNextEntry(new ZipEntry(namesAndContents[i]));
        zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }
}
