/**
 * The polite NET client: one request at a time, at least a second apart, the player's cookie jar
 * updated from every response, NET's ways of saying "no" turned into typed errors. Cookie values
 * never leave the request headers.
 */
package dev.probe.scraper.net;
