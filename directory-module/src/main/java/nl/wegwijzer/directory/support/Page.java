package nl.wegwijzer.directory.support;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a longer list, counted in SQL. {@code number} starts at 1. A list whose count stops
 * early has {@code totalCapped}: there are more than {@code totalItems} items.
 */
public record Page<T>(List<T> items, int number, int size, long totalItems, boolean totalCapped) {

  public Page {
    items = List.copyOf(items);
  }

  /** A page of a list counted to the end. */
  public Page(List<T> items, int number, int size, long totalItems) {
    this(items, number, size, totalItems, false);
  }

  public int totalPages() {
    return totalItems == 0 ? 0 : (int) ((totalItems + size - 1) / size);
  }

  public <R> Page<R> map(Function<T, R> mapper) {
    return new Page<>(items.stream().map(mapper).toList(), number, size, totalItems, totalCapped);
  }
}
