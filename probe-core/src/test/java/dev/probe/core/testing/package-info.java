/**
 * probe-core's test-jar: what adapters and deliveries need to test against the core.
 *
 * <ul>
 *   <li>{@link dev.probe.core.testing.InMemoryStore}: every store port in memory, thread-safe, with
 *       real rollback; also fine for embedding without a database.
 *   <li>{@link dev.probe.core.testing.MutableClock}: a clock tests move by hand.
 *   <li>{@link dev.probe.core.testing.TestData} and {@link dev.probe.core.testing.PlayBuilder}:
 *       players, charts, plays, snapshots, runs, raw pages and photos.
 *   <li>{@link dev.probe.core.testing.SampleCatalog}: the synthetic catalogue file.
 *   <li>{@code contract}: one abstract JUnit 5 class per store port. A store's test extends each
 *       and returns a fresh, empty store from {@code newStore()} as a {@link
 *       dev.probe.core.testing.StoreFixture}; see {@code InMemoryStoreContractsTest} for the
 *       pattern.
 * </ul>
 *
 * <p>Use it with {@code <type>test-jar</type>} and {@code <scope>test</scope>} on probe-core.
 */
package dev.probe.core.testing;
