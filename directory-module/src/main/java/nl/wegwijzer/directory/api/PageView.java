package nl.wegwijzer.directory.api;

import java.util.List;
import nl.wegwijzer.directory.support.Page;

/** A page of results as the API returns it. */
public record PageView<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

  public static <T> PageView<T> of(Page<T> page) {
    return new PageView<>(
        page.items(), page.number(), page.size(), page.totalItems(), page.totalPages());
  }
}
