package dev.probe.core.domain;

/**
 * A song of the catalogue.
 *
 * @param key title and variant
 * @param artist artist ("" when unknown)
 * @param genre genre as the catalogue spells it
 * @param version the version the song first appeared in
 * @param bpm beats per minute (0 when unknown)
 */
public record Song(SongKey key, String artist, String genre, GameVersion version, int bpm) {}
