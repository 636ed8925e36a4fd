/**
 * Serves probe-web with Javalin for the local server, plus what only a long-running server needs
 * (live progress by server-sent events, scheduled syncs).
 */
package dev.probe.web.javalin;
