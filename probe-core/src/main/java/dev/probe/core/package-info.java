/**
 * probe's core: what a play, a best score, a rating and a diff are, and the use cases that keep
 * them. Depends on the JDK and Guava only; everything else reaches it through ports.
 */
package dev.probe.core;
