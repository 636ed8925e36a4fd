package dev.probe.web;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a handler answers, before the pipeline turns it into bytes: a view (its template renders
 * HTML; under {@code /api/} its model is the JSON), plain JSON, a redirect, or ready bytes.
 *
 * @param status HTTP status
 * @param template jte template for HTML, "" when there is none
 * @param title page title key or text for the layout
 * @param model the view model (also the JSON)
 * @param location redirect target (app-relative path), "" when not a redirect
 * @param contentType for ready bytes
 * @param bytes ready bytes, null otherwise
 * @param cacheControl for ready bytes; "" means the private, no-store default
 * @param cookies {@code Set-Cookie} values to send
 * @param headers further headers (lower-case names)
 * @param asset the static file behind the bytes, so its compressed forms are made once; or null
 */
record Reply(
    int status,
    String template,
    String title,
    Object model,
    String location,
    String contentType,
    byte[] bytes,
    String cacheControl,
    List<String> cookies,
    Map<String, String> headers,
    StaticAssets.Asset asset) {

  Reply {
    cookies = List.copyOf(cookies);
    headers = Map.copyOf(headers);
  }

  static Reply view(String template, String title, Object model) {
    return new Reply(
        200,
        template,
        title,
        Objects.requireNonNull(model),
        "",
        "",
        null,
        "",
        List.of(),
        Map.of(),
        null);
  }

  static Reply json(int status, Object model) {
    return new Reply(status, "", "", model, "", "", null, "", List.of(), Map.of(), null);
  }

  /** 303 See Other to an app-relative path (or a query string on the same path). */
  static Reply redirect(String appPath) {
    return new Reply(303, "", "", null, appPath, "", null, "", List.of(), Map.of(), null);
  }

  static Reply bytes(int status, String contentType, byte[] body, String cacheControl) {
    return new Reply(
        status, "", "", null, "", contentType, body, cacheControl, List.of(), Map.of(), null);
  }

  Reply withStatus(int newStatus) {
    return new Reply(
        newStatus,
        template,
        title,
        model,
        location,
        contentType,
        bytes,
        cacheControl,
        cookies,
        headers,
        asset);
  }

  Reply withCookie(String setCookie) {
    List<String> all = new java.util.ArrayList<>(cookies);
    all.add(setCookie);
    return new Reply(
        status,
        template,
        title,
        model,
        location,
        contentType,
        bytes,
        cacheControl,
        all,
        headers,
        asset);
  }

  Reply withHeader(String name, String value) {
    Map<String, String> all = new java.util.HashMap<>(headers);
    all.put(name, value);
    return new Reply(
        status,
        template,
        title,
        model,
        location,
        contentType,
        bytes,
        cacheControl,
        cookies,
        all,
        asset);
  }

  static Reply asset(StaticAssets.Asset a, String cacheControl) {
    return new Reply(
        200,
        "",
        "",
        null,
        "",
        a.contentType(),
        a.bytes(),
        cacheControl,
        List.of(),
        Map.of("etag", a.etag()),
        a);
  }

  boolean isRedirect() {
    return !location.isEmpty();
  }

  boolean isBytes() {
    return bytes != null;
  }
}
