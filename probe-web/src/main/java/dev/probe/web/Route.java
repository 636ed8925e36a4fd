package dev.probe.web;

/**
 * One line of the route table.
 *
 * @param method upper-case HTTP method
 * @param path the template
 * @param access who may call it
 * @param handler the work
 */
record Route(String method, PathTemplate path, Access access, Handler handler) {}
