package dev.probe.web;

import static dev.probe.web.ContractFixture.BASE;
import static dev.probe.web.ContractFixture.TOKEN;
import static dev.probe.web.ContractRequest.get;
import static dev.probe.web.ContractRequest.post;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The HTTP contract of probe's web application. Every delivery (Javalin, each Lambda handler)
 * extends this class, serves {@link ContractFixture#application()} and implements {@link #send}:
 * the same requests must get the same answers whatever carries them.
 */
public abstract class WebContractTest {

  /**
   * Sends a request through the delivery under test and returns the answer as the client got it.
   */
  protected abstract WebResponse send(WebRequest request);

  static List<ContractCase> table() {
    return List.of(
        ContractCase.of("sign-in page is open and safe", get("/login"))
            .status(200)
            .header("content-type", "text/html")
            .header("content-security-policy", "frame-ancestors 'none'")
            .header("content-security-policy", "script-src 'self'")
            .header("x-content-type-options", "nosniff")
            .header("referrer-policy", "same-origin")
            .header("cache-control", "no-store")
            .contains("<form")
            .lacks("<script>")
            .lacks("style="),
        ContractCase.of("base path in the request is understood", get(BASE + "/login"))
            .status(200)
            .contains("href=\"" + BASE + "/static/app.")
            .contains("action=\"" + BASE + "/login\""),
        ContractCase.of(
                "gzip when accepted", get("/login").header("Accept-Encoding", "gzip, deflate"))
            .status(200)
            .header("content-encoding", "gzip")
            .header("vary", "Accept-Encoding"),
        ContractCase.of(
                "identity when gzip is refused",
                get("/login").header("Accept-Encoding", "gzip;q=0"))
            .status(200)
            .noHeader("content-encoding"),
        ContractCase.of("no encoding asked, none given", get("/login"))
            .status(200)
            .noHeader("content-encoding"),
        ContractCase.of("unknown page is 404", get("/nowhere"))
            .status(404)
            .header("content-type", "text/html"),
        ContractCase.of("unknown api route is 404 JSON", get("/api/nowhere").bearer(TOKEN))
            .status(404)
            .header("content-type", "application/json")
            .contains("\"error\":\"NOT_FOUND\""),
        ContractCase.of("wrong method is 405", ContractRequest.of("DELETE", "/login"))
            .status(405)
            .header("allow", "GET"),
        ContractCase.of("unknown static file is 404", get("/static/nothing.js")).status(404),
        ContractCase.of(
                "private page sends to sign-in, behind a proxy",
                get("/plays")
                    .header("X-Forwarded-Proto", "https")
                    .header("X-Forwarded-Host", "probe.example"))
            .status(303)
            .header("location", "https://probe.example" + BASE + "/login?next=%2Fplays"),
        ContractCase.of(
                "RFC 7239 Forwarded wins",
                get("/plays").header("Forwarded", "for=1.2.3.4;proto=https;host=fw.example"))
            .status(303)
            .header("location", "https://fw.example" + BASE + "/login"),
        ContractCase.of("api read without token is 401", get("/api/dashboard"))
            .status(401)
            .header("www-authenticate", "Bearer")
            .contains("UNAUTHORISED"),
        ContractCase.of(
                "wrong token is 403", get("/api/dashboard").bearer("not-the-token-at-all-xxxxx"))
            .status(403)
            .contains("FORBIDDEN"),
        ContractCase.of("write without token is 401", post("/api/sync"))
            .status(401)
            .contains("UNAUTHORISED"),
        ContractCase.of(
                "write with wrong token is 403",
                post("/api/sync").bearer("wrong-token-wrong-token"))
            .status(403),
        ContractCase.of(
                "forged session cookie counts for nothing",
                post("/api/sync").cookie(OwnerAuth.SESSION_COOKIE, "1700000000.deadbeef"))
            .status(401),
        ContractCase.of(
                "oversized upload is 413 with the limit",
                post("/api/import")
                    .bearer(TOKEN)
                    .body("application/zip", new byte[(int) ContractFixture.MAX_UPLOAD + 1]))
            .status(413)
            .contains("TOO_LARGE")
            .contains("256 KiB"),
        ContractCase.of(
                "Chinese by Accept-Language",
                get("/login").header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8"))
            .status(200)
            .contains("lang=\"zh-CN\"")
            .contains("登录"),
        ContractCase.of(
                "language switch sets a cookie",
                get("/login").query("lang", "en").header("Accept-Language", "zh-CN"))
            .status(200)
            .contains("lang=\"en\"")
            .header("set-cookie", Texts.COOKIE + "=en"),
        ContractCase.of(
                "wrong sign-in token is refused", post("/login").form("token=nope&next=%2F"))
            .status(403)
            .noHeader("set-cookie"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void contract(ContractCase c) {
    c.check(send(c.request()));
  }

  /**
   * Sends a request through the delivery under test over {@link
   * ContractFixture#httpsOnlyApplication()}. A delivery that does not override it skips {@link
   * #httpsOnlyTable()}.
   */
  protected WebResponse sendHttpsOnly(WebRequest request) {
    Assumptions.abort("this delivery does not serve the https-only application");
    return null;
  }

  /** With the redirect to https on: plain http moves to https, the proxy's scheme is believed. */
  static List<ContractCase> httpsOnlyTable() {
    return List.of(
        ContractCase.of(
                "http behind a proxy is sent to https with path and query",
                get("/plays")
                    .query("page", "2")
                    .header("X-Forwarded-Proto", "http")
                    .header("X-Forwarded-Host", "probe.example"))
            .status(308)
            .header("location", "https://probe.example" + BASE + "/plays?page=2")
            .noHeader("strict-transport-security"),
        ContractCase.of(
                "a write over http is redirected before anything runs",
                post("/api/sync")
                    .bearer(TOKEN)
                    .header("X-Forwarded-Proto", "http")
                    .header("X-Forwarded-Host", "probe.example"))
            .status(308)
            .header("location", "https://probe.example" + BASE + "/api/sync"),
        ContractCase.of(
                "https by X-Forwarded-Proto is served, with HSTS",
                get("/login")
                    .header("X-Forwarded-Proto", "https")
                    .header("X-Forwarded-Host", "probe.example"))
            .status(200)
            .header("strict-transport-security", "max-age=")
            .contains("<form"),
        ContractCase.of(
                "https by RFC 7239 Forwarded is served",
                get("/login").header("Forwarded", "for=1.2.3.4;proto=https;host=fw.example"))
            .status(200)
            .header("strict-transport-security", "max-age="),
        ContractCase.of(
                "a private page over https still asks to sign in, on https",
                get("/plays")
                    .header("X-Forwarded-Proto", "https")
                    .header("X-Forwarded-Host", "probe.example"))
            .status(303)
            .header("location", "https://probe.example" + BASE + "/login?next=%2Fplays"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("httpsOnlyTable")
  void httpsOnlyContract(ContractCase c) {
    c.check(sendHttpsOnly(c.request()));
  }

  @Test
  void anUnchangedPageIsAnswered304WithoutABody() {
    for (String path : List.of("/", "/api/dashboard", "/plays", "/charts")) {
      WebResponse first = send(get(path).bearer(TOKEN).build());
      assertThat(first.status()).as(path).isEqualTo(200);
      String tag = first.header("etag").orElseThrow();
      assertThat(first.header("cache-control")).as(path).contains("private, no-cache");
      WebResponse again = send(get(path).bearer(TOKEN).header("If-None-Match", tag).build());
      assertThat(again.status()).as(path).isEqualTo(304);
      assertThat(again.body()).as(path).isEmpty();
      assertThat(again.header("etag")).as(path).contains(tag);
      WebResponse other =
          send(get(path).bearer(TOKEN).header("If-None-Match", "W/\"someother\"").build());
      assertThat(other.status()).as(path).isEqualTo(200);
      assertThat(other.header("etag")).as(path).contains(tag);
    }
    WebResponse zh = send(get("/").bearer(TOKEN).header("Accept-Language", "zh-CN").build());
    WebResponse en = send(get("/").bearer(TOKEN).header("Accept-Language", "en").build());
    assertThat(zh.header("etag")).isNotEqualTo(en.header("etag"));
  }

  @Test
  void fingerprintedStaticFilesAreImmutableAndCompressed() {
    String page = ContractResponses.text(send(get("/login").build()));
    Matcher m =
        Pattern.compile("href=\"" + BASE + "(/static/app\\.[0-9a-f]{10}\\.css)\"").matcher(page);
    assertThat(m.find()).as("the page links a fingerprinted stylesheet").isTrue();
    WebResponse css = send(get(m.group(1)).header("Accept-Encoding", "gzip").build());
    assertThat(css.status()).isEqualTo(200);
    assertThat(css.header("cache-control")).contains(StaticAssets.IMMUTABLE);
    assertThat(css.header("content-type").orElseThrow()).startsWith("text/css");
    assertThat(css.header("content-encoding")).contains("gzip");
    assertThat(ContractResponses.text(css)).contains("prefers-color-scheme");
    WebResponse again =
        send(get(m.group(1)).header("If-None-Match", css.header("etag").orElseThrow()).build());
    assertThat(again.status()).isEqualTo(304);
    WebResponse stale = send(get("/static/app.0000000000.css").build());
    assertThat(stale.status()).isEqualTo(404);
    WebResponse plain = send(get("/static/app.css").build());
    assertThat(plain.header("cache-control")).contains("no-cache");
  }

  @Test
  void signInGivesAnHttpOnlyCookieAndFormsNeedTheCsrfToken() {
    WebResponse login = send(post("/login").form("token=" + TOKEN + "&next=%2Fplays").build());
    assertThat(login.status()).isEqualTo(303);
    assertThat(login.header("location").orElseThrow()).endsWith(BASE + "/plays");
    String line = ContractResponses.setCookieLine(login, OwnerAuth.SESSION_COOKIE);
    assertThat(line).contains("HttpOnly").contains("SameSite=Lax").contains("Path=" + BASE);
    String session = ContractResponses.cookies(login).get(OwnerAuth.SESSION_COOKIE);

    WebResponse page = send(get("/login").cookie(OwnerAuth.SESSION_COOKIE, session).build());
    Matcher csrf =
        Pattern.compile("name=\"csrf-token\" content=\"([0-9a-f]{64})\"")
            .matcher(ContractResponses.text(page));
    assertThat(csrf.find()).as("signed-in pages carry the CSRF token").isTrue();

    WebResponse forged =
        send(
            post("/logout")
                .cookie(OwnerAuth.SESSION_COOKIE, session)
                .form("_csrf=" + "0".repeat(64))
                .build());
    assertThat(forged.status()).isEqualTo(403);
    assertThat(ContractResponses.text(forged)).contains("CSRF");
    WebResponse missing = send(post("/logout").cookie(OwnerAuth.SESSION_COOKIE, session).build());
    assertThat(missing.status()).isEqualTo(403);
    WebResponse crossSite =
        send(
            post("/logout")
                .cookie(OwnerAuth.SESSION_COOKIE, session)
                .header("Origin", "https://evil.example")
                .header("X-CSRF-Token", csrf.group(1))
                .build());
    assertThat(crossSite.status()).isEqualTo(403);

    WebResponse ok =
        send(
            post("/logout")
                .cookie(OwnerAuth.SESSION_COOKIE, session)
                .form("_csrf=" + csrf.group(1))
                .build());
    assertThat(ok.status()).isEqualTo(303);
    assertThat(ContractResponses.setCookieLine(ok, OwnerAuth.SESSION_COOKIE)).contains("Max-Age=0");
  }

  @Test
  void signInNeverRedirectsToAnotherHost() {
    WebResponse login =
        send(post("/login").form("token=" + TOKEN + "&next=%2F%2Fevil.example%2F").build());
    assertThat(login.status()).isEqualTo(303);
    assertThat(login.header("location").orElseThrow()).endsWith(BASE + "/").doesNotContain("evil");
  }

  protected static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
