package dev.probe.web;

/** The whole web application as one function: both deliveries call only this. */
public interface WebApplication {
  WebResponse handle(WebRequest request);
}
