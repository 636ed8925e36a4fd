package dev.probe.core.domain;

/**
 * Another player linked into the same credit.
 *
 * @param name their name as NET shows it
 * @param difficulty the difficulty they played
 */
public record CoPlayer(String name, Difficulty difficulty) {}
