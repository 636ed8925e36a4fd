package dev.probe.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the {@link WebRequest}s of the contract, as a client would send them. */
public final class ContractRequest {
  private final String method;
  private final String path;
  private final Map<String, List<String>> query = new LinkedHashMap<>();
  private final Map<String, List<String>> headers = new LinkedHashMap<>();
  private final Map<String, String> cookies = new LinkedHashMap<>();
  private byte[] body = new byte[0];

  private ContractRequest(String method, String path) {
    this.method = method;
    this.path = path;
  }

  public static ContractRequest get(String path) {
    return new ContractRequest("GET", path);
  }

  public static ContractRequest post(String path) {
    return new ContractRequest("POST", path);
  }

  public static ContractRequest of(String method, String path) {
    return new ContractRequest(method, path);
  }

  public ContractRequest query(String name, String value) {
    query.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    return this;
  }

  public ContractRequest header(String name, String value) {
    headers
        .computeIfAbsent(name.toLowerCase(java.util.Locale.ROOT), k -> new ArrayList<>())
        .add(value);
    return this;
  }

  public ContractRequest bearer(String token) {
    return header("Authorization", "Bearer " + token);
  }

  public ContractRequest cookie(String name, String value) {
    cookies.put(name, value);
    return this;
  }

  public ContractRequest body(String contentType, byte[] bytes) {
    header("Content-Type", contentType);
    body = bytes.clone();
    return this;
  }

  public ContractRequest form(String urlEncoded) {
    return body("application/x-www-form-urlencoded", urlEncoded.getBytes(StandardCharsets.UTF_8));
  }

  public WebRequest build() {
    return new WebRequest(method, path, query, headers, cookies, body, "http", "localhost", "");
  }
}
