package dev.probe.core.domain;

import java.util.List;
import java.util.function.Function;

/** One page of a list and the size of the whole list. */
public record PageResult<T>(List<T> items, PageRequest request, long total) {
  public PageResult {
    items = List.copyOf(items);
  }

  public int pageCount() {
    return (int) Math.max(1, (total + request.size() - 1) / request.size());
  }

  public <R> PageResult<R> map(Function<? super T, ? extends R> f) {
    return new PageResult<>(items.stream().<R>map(f).toList(), request, total);
  }
}
