/**
 * What the deliveries (web, CLI, Lambda, an embedding tool) can ask of the core: one {@code
 * …UseCase} interface per use case, each taking a {@code …Query} or {@code …Command} record that
 * validates itself (a bad value throws {@link dev.probe.core.domain.ProbeException} {@code
 * INVALID_INPUT}). A player that does not exist is {@code NOT_FOUND}.
 */
package dev.probe.core.application.port.in;
