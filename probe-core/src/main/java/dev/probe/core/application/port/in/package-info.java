/**
 * What the core offers: one {@code …UseCase} interface per use case, with the command or query
 * record it takes and the report it returns.
 */
package dev.probe.core.application.port.in;
