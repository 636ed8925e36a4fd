package dev.probe.web;

/**
 * A route a delivery adds to the table (e.g. {@code POST /api/push}). It runs behind the same
 * pipeline as every built-in route: base path, owner token for writes, error mapping, security
 * headers and compression are applied around it.
 */
@FunctionalInterface
public interface WebHandler {
  WebResponse handle(WebRequest request);
}
