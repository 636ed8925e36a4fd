/**
 * The PostgreSQL archive: every store port of the core on jOOQ, Flyway migrations, HikariCP and the
 * embedded PostgreSQL used when no external database is configured.
 */
package dev.probe.store;
