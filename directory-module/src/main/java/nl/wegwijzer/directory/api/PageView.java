package nl.wegwijzer.directory.api;

import java.util.List;
import nl.wegwijzer.directory.support.Page;

/**
 * A page of results as the API returns it; {@code totalCapped} says that counting stopped and there
 * are more than {@code totalItems}.
 */
public record PageView<T>(
    List<T> items, int page, int size, long totalItems, int totalPages, boolean totalCapped) {

  public static <T> PageView<T> of(Page<T> page) {
    return new PageView<>(
        page.items(),
        page.number(),
        page.size(),
        page.totalItems(),
        page.totalPages(),
        page.totalCapped());
  }
}
