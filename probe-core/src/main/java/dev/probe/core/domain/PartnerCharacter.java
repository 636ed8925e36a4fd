package dev.probe.core.domain;

/**
 * A partner character set for a play.
 *
 * @param image the character's image name ({@code img/Chara/<name>.png})
 * @param level its level; 0 when not shown
 * @param stars its awakening stars; 0 when not shown
 */
public record PartnerCharacter(String image, int level, int stars) {}
