package nl.wegwijzer.directory.support;

import java.util.List;
import java.util.function.Function;

/** One page of a longer list, counted in SQL. {@code number} starts at 1. */
public record Page<T>(List<T> items, int number, int size, long totalItems) {

  public Page {
    items = List.copyOf(items);
  }

  public int totalPages() {
    return totalItems == 0 ? 0 : (int) ((totalItems + size - 1) / size);
  }

  public <R> Page<R> map(Function<T, R> mapper) {
    return new Page<>(items.stream().map(mapper).toList(), number, size, totalItems);
  }
}
