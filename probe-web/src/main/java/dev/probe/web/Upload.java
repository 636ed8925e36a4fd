package dev.probe.web;

/**
 * One file of a form or request body.
 *
 * @param fileName the name the client gave ("" when none)
 * @param contentType as declared
 * @param bytes the content
 */
record Upload(String fileName, String contentType, byte[] bytes) {}
