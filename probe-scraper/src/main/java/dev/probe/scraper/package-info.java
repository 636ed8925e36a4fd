/**
 * Reads every maimai DX NET page kind with jsoup and fetches pages politely with the player's
 * session. Implements the core's page-parser and page-fetch ports; nothing else of it is public.
 */
package dev.probe.scraper;
