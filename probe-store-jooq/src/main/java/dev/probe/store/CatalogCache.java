package dev.probe.store;

import java.util.List;
import java.util.function.Function;
import org.jooq.DSLContext;

/**
 * The last whole list read (all charts or all songs) with the {@code catalog_version} it was read
 * under. The version is read before the list, so a list is never older than its version; a save
 * sets a new version, so the next read fetches the list again.
 */
final class CatalogCache<T> {

  private record Entry<T>(long version, List<T> items) {}

  private volatile Entry<T> last;

  List<T> get(DSLContext dsl, Function<DSLContext, List<T>> read) {
    Long version =
        dsl.resultQuery("select version from catalog_version where id = 1").fetchOne(0, Long.class);
    Entry<T> cached = last;
    if (version != null && cached != null && cached.version() == version) {
      return cached.items();
    }
    List<T> items = read.apply(dsl);
    if (version != null) {
      last = new Entry<>(version, items);
    }
    return items;
  }

  /** Gives the catalogue a new version, in the caller's (saving) transaction. */
  static void bump(DSLContext dsl) {
    dsl.execute(
        "insert into catalog_version (id, version) values (1, nextval('catalog_version_seq'))"
            + " on conflict (id) do update set version = excluded.version");
  }
}
