/**
 * What the core needs from outside, named by capability ({@code …Port}). Adapters implement these;
 * every store port has an abstract contract test in probe-core's test-jar.
 */
package dev.probe.core.application.port.out;
