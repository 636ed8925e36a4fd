/**
 * The use cases: {@code <Verb><Noun>Service implements …UseCase}, built with plain constructors.
 */
package dev.probe.core.application.service;
