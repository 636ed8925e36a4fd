package dev.probe.web;

import dev.probe.core.domain.PageResult;

/**
 * Previous/next links of a paged list, keeping every other query parameter.
 *
 * @param page this page (1-based)
 * @param pages how many pages there are
 * @param total how many items in all
 * @param previous link to the previous page, "" on the first
 * @param next link to the next page, "" on the last
 */
record Pager(int page, int pages, long total, String previous, String next) {
  static Pager of(Call call, PageResult<?> result) {
    int page = result.request().page();
    int pages = result.pageCount();
    return new Pager(
        page,
        pages,
        result.total(),
        page > 1 ? link(call, page - 1) : "",
        page < pages ? link(call, page + 1) : "");
  }

  private static String link(Call call, int page) {
    StringBuilder q = new StringBuilder();
    call.request()
        .query()
        .forEach(
            (k, values) -> {
              if (!k.equals("page") && !k.equals("lang")) {
                for (String v : values) {
                  q.append(q.length() == 0 ? "?" : "&")
                      .append(Urls.encode(k))
                      .append('=')
                      .append(Urls.encode(v));
                }
              }
            });
    q.append(q.length() == 0 ? "?" : "&").append("page=").append(page);
    return call.origin().link(call.path()) + q;
  }
}
