/**
 * The probe command line and composition root: reads configuration, builds the object graph with
 * plain constructors and runs serve, sync, import, parse and the rest.
 */
package dev.probe.app;
