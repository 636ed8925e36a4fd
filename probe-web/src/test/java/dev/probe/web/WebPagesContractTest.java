package dev.probe.web;

import static dev.probe.web.ContractFixture.BASE;
import static dev.probe.web.ContractFixture.SONG;
import static dev.probe.web.ContractFixture.TOKEN;
import static dev.probe.web.ContractRequest.get;
import static dev.probe.web.ContractRequest.post;
import static org.assertj.core.api.Assertions.assertThat;

import dev.probe.core.domain.ChartId;
import dev.probe.core.domain.ChartType;
import dev.probe.core.domain.Difficulty;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The pages and their JSON twins, and the upload's bad input, as part of the contract every
 * delivery passes (see {@link WebContractTest}).
 */
public abstract class WebPagesContractTest {
  static final String FIRST_PLAY = "t:" + Instant.parse("2026-11-01T10:00:00Z").getEpochSecond();
  static final String CHART = ChartId.of(SONG, ChartType.DX, Difficulty.MASTER).asString();

  protected abstract WebResponse send(WebRequest request);

  static List<ContractCase> pages() {
    return List.of(
        ContractCase.of("dashboard", get("/").bearer(TOKEN))
            .status(200)
            .contains(SONG)
            .contains("id=\"rating-curve\"")
            .contains("href=\"" + BASE + "/plays\""),
        ContractCase.of("dashboard JSON", get("/api/dashboard").bearer(TOKEN))
            .status(200)
            .header("content-type", "application/json")
            .contains("\"playCount\":60"),
        ContractCase.of(
                "plays, page 2", get("/plays").query("page", "2").query("size", "10").bearer(TOKEN))
            .status(200)
            .contains("id=\"pager-next\"")
            .contains("page=3")
            .contains(SONG),
        ContractCase.of("plays JSON filtered", get("/api/plays").query("combo", "FC").bearer(TOKEN))
            .status(200)
            .contains("\"total\":9"),
        ContractCase.of(
                "malformed page number", get("/api/plays").query("page", "abc").bearer(TOKEN))
            .status(400)
            .contains("INVALID_INPUT")
            .contains("page"),
        ContractCase.of(
                "malformed difficulty", get("/plays").query("difficulty", "HARDEST").bearer(TOKEN))
            .status(400)
            .contains("difficulty"),
        ContractCase.of(
                "malformed date", get("/api/plays").query("from", "yesterday").bearer(TOKEN))
            .status(400)
            .contains("from"),
        ContractCase.of("one play", get("/plays/" + Urls.encode(FIRST_PLAY)).bearer(TOKEN))
            .status(200)
            .contains("id=\"judgements\"")
            .contains(SONG),
        ContractCase.of("unknown play", get("/api/plays/" + Urls.encode("t:1")).bearer(TOKEN))
            .status(404),
        ContractCase.of("chart list", get("/charts").bearer(TOKEN))
            .status(200)
            .contains("data-catalog=")
            .contains(SONG)
            .contains("/static/catalog."),
        ContractCase.of("chart list JSON", get("/api/charts").bearer(TOKEN))
            .status(200)
            .contains("\"songs\":["),
        ContractCase.of("one chart", get("/charts/" + Urls.encode(CHART)).bearer(TOKEN))
            .status(200)
            .contains("id=\"achievement-curve\"")
            .contains("data-series="),
        ContractCase.of("malformed chart id", get("/charts/nonsense").bearer(TOKEN)).status(400),
        ContractCase.of("rating", get("/rating").bearer(TOKEN)).status(200).contains("B35"),
        ContractCase.of(
                "rating as of a date", get("/api/rating").query("date", "2026-11-02").bearer(TOKEN))
            .status(200)
            .contains("\"total\":"),
        ContractCase.of("diffs", get("/diffs").bearer(TOKEN)).status(200).contains("data-run="),
        ContractCase.of("profile", get("/api/profile").bearer(TOKEN)).status(200).contains("14100"),
        ContractCase.of("album", get("/album").bearer(TOKEN)).status(200),
        ContractCase.of("sync page", get("/sync").bearer(TOKEN))
            .status(200)
            .contains("enctype=\"multipart/form-data\""),
        ContractCase.of("settings", get("/settings").bearer(TOKEN))
            .status(200)
            .contains("alice")
            .contains("bob"),
        ContractCase.of("second player", get("/api/dashboard").query("player", "bob").bearer(TOKEN))
            .status(200)
            .contains("\"playCount\":0")
            .header("set-cookie", PlayerChoice.COOKIE + "=bob"),
        ContractCase.of(
                "unknown player", get("/api/dashboard").query("player", "nobody").bearer(TOKEN))
            .status(404),
        ContractCase.of("raw page, bad address", get("/raw/xyz").bearer(TOKEN)).status(400),
        ContractCase.of("raw page, unknown", get("/raw/" + "0".repeat(64)).bearer(TOKEN))
            .status(404),
        ContractCase.of("sync where NET is out of reach", post("/api/sync").bearer(TOKEN))
            .status(409)
            .contains("push"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void page(ContractCase c) {
    c.check(send(c.request()));
  }

  @Test
  void uploadsThatAreNotNetPagesReachNothing() throws IOException {
    int before = ContractFixture.imported().size();
    WebResponse escaping = upload(zip("../../etc/evil.html", netPage()));
    assertThat(escaping.status()).isEqualTo(400);
    assertThat(ContractResponses.text(escaping)).contains("outside");
    WebResponse absolute = upload(zip("/tmp/evil.html", netPage()));
    assertThat(absolute.status()).isEqualTo(400);
    WebResponse text =
        send(
            post("/api/import")
                .bearer(TOKEN)
                .body("text/plain", utf8("hello, not a page"))
                .build());
    assertThat(text.status()).isEqualTo(422);
    WebResponse foreign =
        upload(zip("page.html", utf8("<html><body>somewhere else</body></html>")));
    assertThat(foreign.status()).isEqualTo(422);
    WebResponse noHtml = upload(zip("notes.txt", utf8("maimai-mobile")));
    assertThat(noHtml.status()).isEqualTo(422);
    WebResponse truncated = upload(java.util.Arrays.copyOf(zip("a.html", netPage()), 30));
    assertThat(truncated.status()).isBetween(400, 422);
    assertThat(ContractFixture.imported()).hasSize(before);

    WebResponse ok = upload(zip("record.html", netPage()));
    assertThat(ok.status()).as(ContractResponses.text(ok)).isEqualTo(200);
    assertThat(ContractFixture.imported()).hasSize(before + 1);
  }

  @Test
  void netSessionIsSetButNeverShownBack() {
    WebResponse set =
        send(
            post("/settings/session")
                .bearer(TOKEN)
                .form("player=alice&userId=secret-user-value-42")
                .build());
    assertThat(set.status()).isEqualTo(303);
    WebResponse settings =
        send(get("/api/settings").query("player", "alice").bearer(TOKEN).build());
    assertThat(ContractResponses.text(settings))
        .contains("userId")
        .doesNotContain("secret-user-value-42");
    WebResponse page = send(get("/settings").query("player", "alice").bearer(TOKEN).build());
    assertThat(ContractResponses.text(page)).doesNotContain("secret-user-value-42");
  }

  private WebResponse upload(byte[] zip) {
    return send(post("/api/import").bearer(TOKEN).body("application/zip", zip).build());
  }

  static byte[] netPage() {
    return utf8(
        "<!DOCTYPE html><html><head><link href=\"https://maimai.wahlap.com/maimai-mobile/css/style.css\"></head><body></body></html>");
  }

  static byte[] zip(String entry, byte[] content) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      z.putNextEntry(new ZipEntry(entry));
      z.write(content);
      z.closeEntry();
    }
    return out.toByteArray();
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
