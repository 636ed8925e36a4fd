/**
 * Typed NET pages: what a parser reads from each page kind, before the core turns it into plays,
 * bests, profile snapshots and photos.
 */
package dev.probe.core.domain.page;
