package dev.probe.web;

/**
 * A failure as the client sees it (JSON under {@code /api/}, a page elsewhere).
 *
 * @param status HTTP status
 * @param error the kind ({@code NOT_FOUND}, {@code INVALID_INPUT}, …)
 * @param message what to do about it
 */
record ErrorView(int status, String error, String message) {}
