package dev.probe.core.domain;

/**
 * The opponent of a VS-friend or promotion ("boss") play.
 *
 * @param kind {@code vs} or {@code boss}
 * @param won whether the player won
 * @param name opponent's name
 * @param achievement opponent's achievement; null when not shown
 */
public record VsOpponent(String kind, boolean won, String name, Achievement achievement) {}
