/**
 * Deliberately wrong classes, laid out like probe under {@code dev.probe.archfixtures}: each breaks
 * one architecture rule so its test can prove the rule reports it. Never part of the real check.
 */
package dev.probe.archfixtures;
